import { whatItMeasures } from '../analysis';
import { siteKeyOfUrl } from '../sites';
import type { KanbaoDocument } from '../sidebar';
import { sentenceAt, splitSentences, type SentenceRange } from '../text';
import { articleKey } from './key';
import { searchText } from './search';
import type { LibraryArticle, LibraryFigure, LibraryProgram } from './types';

/** A sentence longer than this (a paragraph without stops) is cut around the mention. */
const MAX_SENTENCE = 300;
/** Sentences kept per program in one article: enough to read how it was used, not the article. */
const MAX_PROGRAM_SENTENCES = 5;

/** The sentence around [start, end) of the text, trimmed; a very long one is cut to a window around the span. */
function sentenceOf(text: string, ranges: readonly SentenceRange[], start: number, end: number): string {
  const r = sentenceAt(ranges, start) ?? { start, end };
  let from = Math.min(r.start, start);
  let to = Math.max(r.end, end);
  if (to - from > MAX_SENTENCE) {
    const room = Math.max(0, MAX_SENTENCE - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + Math.max(MAX_SENTENCE, end - start));
  }
  // Never split a surrogate pair at either end.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from] ?? '')) from--;
  if (/[\ud800-\udbff]/.test(text[to - 1] ?? '')) to++;
  return text.slice(from, to).trim();
}

/**
 * The library's record of one read article, from the `--json` document (the sidebar's and the
 * command line's shape): the facts and the sentences that carry them, never the page. `now` is
 * the reading time (epoch ms): first and last read.
 */
export function recordFromDocument(doc: KanbaoDocument, now: number): LibraryArticle {
  const url = doc.url ?? doc.input;
  const text = doc.article.text;
  const ranges = splitSentences(text);

  const figures: LibraryFigure[] = [...doc.figures]
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      text: f.text,
      value: f.value,
      unit: f.unit,
      kind: f.kind,
      measures: whatItMeasures(text, f).subject?.text ?? null,
      sentence: sentenceOf(text, ranges, f.start, f.end),
    }));

  const programs = new Map<string, LibraryProgram>();
  for (const p of [...doc.programs].sort((a, b) => a.start - b.start)) {
    let entry = programs.get(p.name);
    if (!entry) programs.set(p.name, (entry = { name: p.name, kind: p.kind, mentions: 0, sentences: [] }));
    entry.mentions++;
    const s = sentenceOf(text, ranges, p.start, p.end);
    if (entry.sentences.length < MAX_PROGRAM_SENTENCES && !entry.sentences.includes(s)) entry.sentences.push(s);
  }

  const people = doc.people.people.map((p) => ({ name: p.name, title: p.title, titles: [...p.titles] }));
  const base = {
    title: doc.article.title,
    figures,
    programs: [...programs.values()],
    people,
  };
  return {
    id: articleKey(url),
    url,
    urls: [url],
    outlet: doc.page.site ?? 'unknown',
    site: siteKeyOfUrl(url) ?? '',
    title: doc.article.title,
    published: doc.article.published,
    script: doc.article.script,
    firstRead: now,
    lastRead: now,
    reads: 1,
    counts: { figures: doc.figures.length, dates: doc.dates.length, programs: doc.programs.length, people: people.length },
    figures,
    dates: doc.dates.map((d) => ({ text: d.text, kind: d.kind, iso: d.iso })),
    programs: base.programs,
    people,
    organisations: doc.people.organisations.map((o) => o.name),
    places: doc.people.places.map((p) => p.name),
    keywords: doc.keywords.map((k) => k.word),
    summary: doc.summary.map((s) => s.text),
    search: searchText(base),
  };
}
