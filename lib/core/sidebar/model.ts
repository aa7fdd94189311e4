import { type Analysis, whatItMeasures } from '../analysis';
import { type AnnotationItem, type Extraction, type FigureKind, type FigureSpan, formatNumber, type ProgramKind } from '../extract';
import type { Article, SiteId } from '../types';
import type { GlossaryCard } from '../glossary';
import { outletById, SITES } from '../sites';

/**
 * What the sidebar shows, as plain data: built once from the reader's article, the extraction
 * and the highlighter's items (ids shared with the marks), and again when jieba's analysis
 * arrives. Pure: no DOM, no browser; the components render it and the exporters print it.
 */
export interface SidebarInput {
  article: Article;
  site?: SiteId | null;
  extraction: Extraction;
  /** The highlighter's items: figure and program rows take their ids from here. */
  items: readonly AnnotationItem[];
  analysis?: Analysis | null;
}

/** Something in the sidebar that points at a place in article.text. */
export interface Located {
  id: string;
  /** UTF-16 offsets into article.text; -1 when the item is not in the text (a byline name). */
  start: number;
  end: number;
}

/** The article's metadata as the sidebar shows it: the reader's fields plus the outlet's name. */
export interface ArticleInfo
  extends Pick<Article, 'title' | 'kicker' | 'subtitle' | 'published' | 'source' | 'authors' | 'editors' | 'printEdition'> {
  outlet: string | null;
}

/** The metadata fields shown under the headline (sidebar) and listed in the Markdown, in order. */
export type ArticleField = 'field_published' | 'field_source' | 'field_authors' | 'field_editors' | 'field_print' | 'field_outlet';

/** The article's metadata as (label key, text) pairs, the empty ones left out; names joined with 、. */
export function articleFields(a: ArticleInfo): [ArticleField, string][] {
  const fields: [ArticleField, string | null][] = [
    ['field_published', a.published],
    ['field_source', a.source],
    ['field_authors', a.authors.join('、') || null],
    ['field_editors', a.editors.join('、') || null],
    ['field_print', a.printEdition],
    ['field_outlet', a.outlet],
  ];
  return fields.filter((f): f is [ArticleField, string] => Boolean(f[1]));
}

export interface FigureRow extends Located {
  /** The figure as written. */
  text: string;
  /** The normalised value for display: `61.6%`, `>13,000 家`, `3–5 年`. */
  value: string;
  /** A number to sort by (a range's low end). */
  sortValue: number;
  kind: FigureKind;
  subject: string | null;
  direction: 'up' | 'down' | null;
  /** The comparison basis as written (同比, 比上年), or null. */
  comparison: string | null;
  /** `刑事警情 · ↓ · 同比`: subject, direction arrow and comparison, whichever are known. */
  measures: string;
}

export interface ProgramGroup {
  /** Normalised (Simplified) name: mentions with the same name are one group. */
  name: string;
  /** The first mention as written. */
  text: string;
  kind: ProgramKind;
  /** Mention ids in page order (the marks' ids), and where each mention starts. */
  ids: string[];
  starts: number[];
  count: number;
  start: number;
  /** The glossary's card for the name, when a mention carries one (`glossary`, as in `--json`). */
  card?: GlossaryCard;
}

export interface ProgramKindGroup {
  kind: ProgramKind;
  groups: ProgramGroup[];
  mentions: number;
}

export interface PersonRow extends Located {
  name: string;
  titles: string[];
  count: number;
}

export interface EntityRow extends Located {
  name: string;
  /** Shorter names the article also uses for the same body (`省公安廳` for `湖南省公安廳`). */
  forms: string[];
  count: number;
}

export interface KeywordRow extends Located {
  word: string;
  score: number;
  count: number;
}

export interface SummaryRow extends Located {
  text: string;
}

export interface AnalysisSections {
  people: PersonRow[];
  organisations: EntityRow[];
  places: EntityRow[];
  keywords: KeywordRow[];
  summary: SummaryRow[];
}

export interface SidebarModel {
  article: ArticleInfo;
  figures: FigureRow[];
  programs: ProgramKindGroup[];
  /** null until jieba's analysis answers. */
  analysis: AnalysisSections | null;
}

export interface SectionCounts {
  figures: number;
  /** Program mentions (what the page highlights); `programGroups` counts distinct names. */
  programs: number;
  programGroups: number;
  people: number;
  organisations: number;
  places: number;
  keywords: number;
  summary: number;
}

/** Display order of program kinds: the most specific first. */
export const PROGRAM_KIND_ORDER: readonly ProgramKind[] = ['quoted_practice', 'quoted_head', 'document', 'numbered', 'strategy', 'slogan'];

const ARROW = { up: '↑', down: '↓' } as const;
const BASIS = { yoy: '同比', mom: '环比' } as const;
const APPROX = { about: '≈', gt: '>', lt: '<' } as const;
const KEYWORDS_SHOWN = 10;
const SUMMARY_SHOWN = 3;

export function figureValue(f: FigureSpan): string {
  const v = f.value;
  const num = Array.isArray(v) ? `${formatNumber(v[0])}–${formatNumber(v[1])}` : formatNumber(v);
  const unit = f.unit === null ? '' : f.unit === '%' || f.unit === '‰' ? f.unit : f.unit === 'pp' ? ' pp' : ` ${f.unit}`;
  const approx = f.approx ? (APPROX[f.approx as keyof typeof APPROX] ?? '') : '';
  return `${approx}${num}${unit}`;
}

export function measuresText(parts: Pick<FigureRow, 'subject' | 'direction' | 'comparison'>): string {
  return [parts.subject, parts.direction ? ARROW[parts.direction] : null, parts.comparison].filter((p): p is string => !!p).join(' · ');
}

const key = (kind: string, start: number, end: number) => `${kind}:${start}:${end}`;

function figureRows(text: string, figures: readonly FigureSpan[], ids: Map<string, string>): FigureRow[] {
  return [...figures]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((f) => {
      const m = whatItMeasures(text, f);
      // The figure's own direction wins: it reads the words right before it and the sign
      // (`同比增长-1.2%` and `负增长3.4%` fall, though 增长 alone says up).
      const direction = f.direction ?? m.comparison?.direction ?? null;
      const comparison = m.comparison?.basis ?? (f.comparison ? BASIS[f.comparison] : null);
      const subject = m.subject?.text ?? null;
      return {
        id: ids.get(key('figure', f.start, f.end)) ?? `f@${f.start}`,
        start: f.start,
        end: f.end,
        text: f.text,
        value: figureValue(f),
        sortValue: Array.isArray(f.value) ? f.value[0] : f.value,
        kind: f.kind,
        subject,
        direction,
        comparison,
        measures: measuresText({ subject, direction, comparison }),
      };
    });
}

function programGroups(x: Extraction, ids: Map<string, string>): ProgramKindGroup[] {
  const byKind = new Map<ProgramKind, Map<string, ProgramGroup>>();
  for (const p of [...x.programs].sort((a, b) => a.start - b.start)) {
    let groups = byKind.get(p.kind);
    if (!groups) byKind.set(p.kind, (groups = new Map()));
    let g = groups.get(p.name);
    if (!g) groups.set(p.name, (g = { name: p.name, text: p.text, kind: p.kind, ids: [], starts: [], count: 0, start: p.start }));
    const card = (p as { glossary?: GlossaryCard }).glossary;
    if (card && !g.card) g.card = card;
    g.ids.push(ids.get(key('program', p.start, p.end)) ?? `p@${p.start}`);
    g.starts.push(p.start);
    g.count++;
  }
  const kinds = [...PROGRAM_KIND_ORDER, ...[...byKind.keys()].filter((k) => !PROGRAM_KIND_ORDER.includes(k))];
  return kinds
    .filter((k) => byKind.has(k))
    .map((kind) => {
      const groups = [...byKind.get(kind)!.values()].sort((a, b) => b.count - a.count || a.start - b.start);
      return { kind, groups, mentions: groups.reduce((n, g) => n + g.count, 0) };
    });
}

function analysisSections(a: Analysis): AnalysisSections {
  const first = (mentions: readonly { start: number; end: number }[]) => mentions[0] ?? { start: -1, end: -1 };
  return {
    people: a.people.people.map((p, i) => ({
      id: `person-${i + 1}`, ...first(p.mentions), name: p.name, titles: [...p.titles], count: p.count,
    })),
    organisations: a.people.organisations.map((o, i) => ({ id: `org-${i + 1}`, ...first(o.mentions), name: o.name, forms: [...(o.forms ?? [])], count: o.count })),
    places: a.people.places.map((o, i) => ({ id: `place-${i + 1}`, ...first(o.mentions), name: o.name, forms: [], count: o.count })),
    keywords: a.keywords.slice(0, KEYWORDS_SHOWN).map((k, i) => ({
      id: `kw-${i + 1}`, start: k.firstOffset, end: k.firstOffset + k.word.length, word: k.word, score: k.score, count: k.count,
    })),
    // The most central sentences, read in page order.
    summary: [...a.summary]
      .sort((x, y) => y.score - x.score)
      .slice(0, SUMMARY_SHOWN)
      .sort((x, y) => x.start - y.start)
      .map((s, i) => ({ id: `sum-${i + 1}`, start: s.start, end: s.end, text: s.text })),
  };
}

/** The outlet's name: a built-in outlet's as it always was, a field outlet's Chinese name. */
export function outletName(site: SiteId | null | undefined): string | null {
  if (!site) return null;
  return SITES.find((s) => s.id === site)?.name ?? outletById(site)?.name ?? null;
}

export function buildSidebarModel(input: SidebarInput): SidebarModel {
  const { article: a, extraction: x } = input;
  const ids = new Map(input.items.map((it) => [key(it.kind, it.start, it.end), it.id]));
  return {
    article: {
      title: a.title, kicker: a.kicker, subtitle: a.subtitle, published: a.published, source: a.source,
      authors: [...a.authors], editors: [...a.editors], printEdition: a.printEdition, outlet: outletName(input.site),
    },
    figures: figureRows(a.text, x.figures, ids),
    programs: programGroups(x, ids),
    analysis: input.analysis ? analysisSections(input.analysis) : null,
  };
}

export function sectionCounts(m: SidebarModel): SectionCounts {
  return {
    figures: m.figures.length,
    programs: m.programs.reduce((n, k) => n + k.mentions, 0),
    programGroups: m.programs.reduce((n, k) => n + k.groups.length, 0),
    people: m.analysis?.people.length ?? 0,
    organisations: m.analysis?.organisations.length ?? 0,
    places: m.analysis?.places.length ?? 0,
    keywords: m.analysis?.keywords.length ?? 0,
    summary: m.analysis?.summary.length ?? 0,
  };
}
