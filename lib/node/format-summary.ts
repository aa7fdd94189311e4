import type { KanbaoDocument } from '../core/document';

/** The command line's readable (non-JSON) output. */
export function formatSummary(doc: KanbaoDocument): string {
  const { page, article } = doc;
  const body = article.paragraphs.filter((p) => !p.caption).length;
  const captions = article.paragraphs.length - body;
  const rows: [string, string][] = [
    ['page', `${page.isArticle ? 'article' : 'not an article'} · ${page.site ?? 'unknown site'}` +
      `${page.peoplesDaily ? " (People's Daily)" : ''} · template ${page.template ?? '-'} · confidence ${page.confidence.toFixed(2)}`],
    ['signals', page.signals.join(', ') || '-'],
    ['title', article.title || '-'],
    ['kicker', article.kicker ?? '-'],
    ['subtitle', article.subtitle ?? '-'],
    ['published', article.published ?? '-'],
    ['source', article.source ?? '-'],
    ['authors', article.authors.join('、') || '-'],
    ['editors', article.editors.join('、') || '-'],
    ['print', article.printEdition ?? '-'],
    ['script', article.script],
    ['text', `${body} paragraphs, ${captions} captions, ${article.text.length} characters`],
    ['figures', String(doc.figures.length)],
    ['dates', String(doc.dates.length)],
    ['programs', String(doc.programs.length)],
  ];
  const lines = rows.map(([k, v]) => `  ${k.padEnd(10)}${v}`);
  return `Kanbao 看报 — ${doc.input}${doc.url ? ` (${doc.url})` : ''}\n${lines.join('\n')}\n`;
}
