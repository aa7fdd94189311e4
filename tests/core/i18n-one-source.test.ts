import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../helpers/source-files';

// Interface text lives only in public/_locales: a word written into a component's markup would
// show in English (or Chinese) whatever the browser's language. This reads every .tsx of the
// interface and lists the words found in JSX text and in the attributes a reader or a screen
// reader sees; host names, symbols and numbers may stay.
const ROOT = path.resolve(__dirname, '../..');
const DIRS = ['components', 'entrypoints'];
const LOCALES = ['en', 'zh_CN', 'zh_TW'];
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'alt', 'label', 'placeholder', 'title']);
/** A run of two letters or one Han character: a word someone would have to translate. */
const WORD = /[A-Za-z]{2}|\p{Script=Han}/u;
/** A host name (an example in a field for hosts) is the same in every language. */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const needsTranslation = (text: string) => WORD.test(text) && !HOST.test(text.trim());

/** Words in JSX text and in shown attributes given as string literals, as `file:line text`. */
function literalsIn(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push(`${path.relative(ROOT, file)}:${line} ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && needsTranslation(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && needsTranslation(literal.text)) report(node, `${node.name.getText(sf)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('interface text comes from the locales', () => {
  it('finds a word in JSX text and in a shown attribute, and lets names and symbols be', () => {
    const src = [
      'export const A = () => <p title="Close">Close <b>{x}</b> · 1</p>;',
      "export const B = () => <i aria-label={'关闭'} class=\"close-button\" data-kind=\"figure\" placeholder=\"example.com\">×</i>;",
      'export const C = () => <p title={t(\'close\')}>{t(\'close\')}</p>;',
    ].join('\n');
    expect(literalsIn(path.join(ROOT, 'components/example.tsx'), src)).toEqual([
      'components/example.tsx:1 title="Close"',
      'components/example.tsx:1 Close',
      'components/example.tsx:2 aria-label="关闭"',
    ]);
  });

  it('no component or entrypoint writes a word into its markup', () => {
    const tsx = DIRS.flatMap((d) => filesUnder(path.join(ROOT, d), /\.tsx$/));
    expect(tsx.length).toBeGreaterThan(10);
    expect(tsx.flatMap((f) => literalsIn(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});

// A copy of the locales in code (a table of strings per language) would ship in the bundle that
// imports it and drift from the messages the browser shows. A sentence or a Chinese word may
// appear in code by chance, as a comment or as data the extractors match; many of one locale's
// messages in one file are a copy.
const COPY = 6;

function messagesIn(locale: string): Set<string> {
  const file = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  // Single English words are also identifiers ('percent', 'range'): only sentences and Chinese count.
  return new Set(Object.values(file).map((e) => e.message).filter((m) => /\s|\p{Script=Han}/u.test(m)));
}

/** The distinct messages of `locale` that `source` holds as quoted strings. */
function copiedMessages(source: string, messages: Set<string>): string[] {
  const quoted = [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`$]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return [...new Set(quoted.filter((q) => messages.has(q)))];
}

describe('the locales are the only copy of the strings', () => {
  it('finds a table of messages in a source', () => {
    const messages = messagesIn('zh_TW');
    const table = "const ZH_TW = { close: '關閉側欄', section_people: '人物', section_places: '地點', section_keywords: '關鍵詞', section_summary: '摘要', no_match: '沒有符合篩選的內容' };";
    expect(copiedMessages(table, messages)).toHaveLength(COPY);
    expect(copiedMessages("const words = ['人物', 'percent'];", messages)).toEqual(['人物']);
  });

  it('no source under lib, components or entrypoints holds a copy of a locale', () => {
    const sources = ['lib', 'components', 'entrypoints'].flatMap((d) => filesUnder(path.join(ROOT, d), /\.(tsx?|mjs|html)$/));
    const copies: string[] = [];
    for (const locale of LOCALES) {
      const messages = messagesIn(locale);
      expect(messages.size, locale).toBeGreaterThan(100);
      for (const f of sources) {
        const rel = path.relative(ROOT, f);
        if (copiedMessages(readFileSync(f, 'utf8'), messages).length >= COPY && !copies.includes(rel)) copies.push(rel);
      }
    }
    expect(copies).toEqual([]);
  });
});
