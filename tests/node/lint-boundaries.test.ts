import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The folder rules only keep the picture true if they fire: lint small snippets placed at real
// paths and expect the rule's error exactly where a front door is bypassed or core reaches glue.
const lint = new ESLint({ cwd: process.cwd() });

async function rulesHit(code: string, file: string): Promise<string[]> {
  const [result] = await lint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '');
}

describe('front door', () => {
  it('rejects reaching into a feature folder from outside it', async () => {
    const code = "import { findFigures } from '../core/extract/figures/find-figures';\nexport const f = findFigures;\n";
    expect(await rulesHit(code, 'lib/dom/example.ts')).toContain('kanbao/front-door');
  });
  it('rejects skipping the outer door of a nested feature', async () => {
    const code = "import { findFigures } from '@/lib/core/extract/figures';\nexport const f = findFigures;\n";
    expect(await rulesHit(code, 'entrypoints/example.ts')).toContain('kanbao/front-door');
  });
  it('accepts the front door, and files of one folder importing each other', async () => {
    const outside = "import { extractAll } from '@/lib/core/extract';\nexport const f = extractAll;\n";
    expect(await rulesHit(outside, 'entrypoints/example.ts')).toEqual([]);
    const inside = "import { findFigures } from './find-figures';\nexport const f = findFigures;\n";
    expect(await rulesHit(inside, 'lib/core/extract/figures/example.ts')).toEqual([]);
  });
});

describe('pure core', () => {
  it('rejects browser glue, the DOM layer and packages in lib/core', async () => {
    for (const spec of ['../../messaging', '../../dom/marks', 'wxt/utils/storage']) {
      const code = `import * as x from '${spec}';\nexport const y = x;\n`;
      expect(await rulesHit(code, 'lib/core/text/example.ts'), spec).toContain('kanbao/pure-core');
    }
  });
  it('accepts other core folders and the data folder', async () => {
    const code = "import { splitSentences } from '../text';\nimport F from '../../data/formulations.json';\nexport const y = [splitSentences, F];\n";
    expect(await rulesHit(code, 'lib/core/analysis/example.ts')).toEqual([]);
  });
  it('lets core name the message keys as a type, never load the strings', async () => {
    const spec = '../../../public/_locales/en/messages.json';
    const asType = `import type Messages from '${spec}';\nexport type K = keyof typeof Messages;\n`;
    expect(await rulesHit(asType, 'lib/core/sidebar/example.ts')).toEqual([]);
    const asValue = `import Messages from '${spec}';\nexport const m = Messages;\n`;
    expect(await rulesHit(asValue, 'lib/core/sidebar/example.ts')).toContain('kanbao/pure-core');
    const otherLocale = `import type Messages from '../../../public/_locales/zh_CN/messages.json';\nexport type K = keyof typeof Messages;\n`;
    expect(await rulesHit(otherLocale, 'lib/core/sidebar/example.ts')).toContain('kanbao/pure-core');
  });
});

describe('every feature folder has a front door', () => {
  // A folder of lib/ with more than one module and no index.ts would be open from every side.
  const dirs: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) {
        dirs.push(p);
        walk(p);
      }
    }
  };
  walk(path.join(process.cwd(), 'lib/core'));
  walk(path.join(process.cwd(), 'lib/dom'));
  it.each(dirs.map((d) => path.relative(process.cwd(), d)))('%s has an index.ts', (dir) => {
    expect(readdirSync(dir)).toContain('index.ts');
  });
});
