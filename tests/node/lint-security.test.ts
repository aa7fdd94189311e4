import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The security bans only protect us if they fire: lint known-bad snippets and expect an error each.
const lint = new ESLint({ cwd: process.cwd() });

async function errorsIn(code: string, file = 'lib/dom/example.ts'): Promise<string[]> {
  const [result] = await lint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '');
}

describe('security lint rules', () => {
  const bad: Record<string, string> = {
    innerHTML: 'export function f(el: Element, s: string) { el.innerHTML = s; }',
    outerHTML: 'export function f(el: Element, s: string) { el.outerHTML = s; }',
    insertAdjacentHTML: "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }",
    'document.write': 'export function f(s: string) { document.write(s); }',
    eval: 'export function f(s: string) { return eval(s); }',
    'new Function': "export function f(s: string) { return new Function('x', s); }",
  };
  for (const [name, code] of Object.entries(bad)) {
    it(`rejects ${name}`, async () => {
      expect(await errorsIn(code)).not.toHaveLength(0);
    });
  }
  it('rejects dangerouslySetInnerHTML in components', async () => {
    const code = 'export const A = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;';
    expect(await errorsIn(code, 'components/Example.tsx')).toContain('no-restricted-syntax');
  });
  it('accepts DOM building with textContent', async () => {
    expect(await errorsIn("export function f(d: Document, s: string) { const e = d.createElement('b'); e.textContent = s; return e; }")).toEqual([]);
  });
});
