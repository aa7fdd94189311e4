import type { KanbaoDocument } from '../core/sidebar';

/** The command line's readable (non-JSON) output. */
export function formatSummary(doc: KanbaoDocument): string {
  const { page, article } = doc;
  const body = article.paragraphs.filter((p) => !p.caption).length;
  const captions = article.paragraphs.length - body;
  const rows: [string, string][] = [
    ['page', `${page.isArticle ? 'article' : 'not an article'} · ${page.site ?? 'no known outlet'}` +
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
    ['keywords', doc.keywords.map((k) => k.word).join('、') || '-'],
    ['people', formatPeople(doc)],
    ['summary', doc.summary.map((s, i) => `${i + 1}. ${oneLine(s.text)}`).join('\n') || '-'],
  ];
  // A value may span lines (people, summary): continuation lines align under the first.
  const lines = rows.map(([k, v]) => `  ${k.padEnd(10)}${v.split('\n').join(`\n${' '.repeat(12)}`)}`);
  return `Kanbao 看报 — ${doc.input}${doc.url ? ` (${doc.url})` : ''}\n${lines.join('\n')}\n`;
}

const MAX_PEOPLE = 15;

/** One person a line, with the title the article gives (王一鷗 — 湖南省副省長、省公安廳廳長). */
function formatPeople(doc: KanbaoDocument): string {
  const { people, organisations, places } = doc.people;
  const head = `${people.length} people, ${organisations.length} organisations, ${places.length} places`;
  const lines = people.slice(0, MAX_PEOPLE).map((p) =>
    `${p.name}${p.title ? ` — ${p.title}` : ''}${p.count === 0 && p.known ? ' (byline)' : ''}`);
  if (people.length > MAX_PEOPLE) lines.push(`… and ${people.length - MAX_PEOPLE} more`);
  return [head, ...lines].join('\n');
}

/** Sentences may carry line breaks from the page; the readable output keeps one per line. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
