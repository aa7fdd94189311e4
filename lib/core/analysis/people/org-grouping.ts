/*
 * Grouping the kept spans into one entry per body, a back-reference with the full name it refers
 * to, and the order entities are reported in.
 */
import type { Span } from '../tokens';
import { overlaps } from './lexicon';
import { LEVEL_BACK_REFERENCE } from './org-words';
import type { Candidate } from './org-candidates';
import type { NamedEntity } from './types';

interface Group {
  key: string;
  body?: number;
  placed?: { body: number; place: string };
  mentions: Span[];
  forms: Map<string, string>;
}

export function group(text: string, folded: string, kept: readonly Candidate[], taken: Uint8Array): NamedEntity[] {
  const byKey = new Map<string, Group>();
  for (const c of kept) {
    const form = folded.slice(c.start, c.end);
    const key = c.groupKey ?? (c.body !== undefined ? `#${c.body}` : form);
    const g: Group = byKey.get(key) ?? { key, body: c.body, mentions: [], forms: new Map<string, string>() };
    if (!c.formOnly) g.mentions.push({ start: c.start, end: c.end });
    if (!g.forms.has(form)) g.forms.set(form, text.slice(c.start, c.end));
    g.placed ??= c.placed;
    byKey.set(key, g);
  }
  // 湖南省发展和改革委员会 … 省发改委, 河南省发展改革委 … 河南省发改委: one place's body under its other
  // official name, or under its level alone after the full place, is the same body.
  const placedGroups = [...byKey.values()].filter((g) => g.placed !== undefined)
    .sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
  placedGroups.forEach((later, n) => {
    const full = placedGroups.slice(0, n).find((g) => byKey.has(g.key) && g.placed!.body === later.placed!.body &&
      (g.placed!.place === later.placed!.place || (/^[省市县区州]$/.test(later.placed!.place) && g.placed!.place.endsWith(later.placed!.place))));
    if (!full || !byKey.has(later.key)) return;
    full.mentions.push(...later.mentions);
    for (const [f, w] of later.forms) if (!full.forms.has(f)) full.forms.set(f, w);
    byKey.delete(later.key);
  });
  // A name found by rule that ends another, longer one is a back-reference to it
  // (省公安厅 → 湖南省公安厅, 定王台派出所 → 长沙市公安局芙蓉分局定王台派出所).
  // The full name may be a known body (特区政府 → 香港特区政府); a known body's own short name is
  // never regrouped (国务院 is not 美国国务院).
  const longest = (g: Group) => [...g.forms.keys()].reduce((a, f) => (f.length > a.length ? f : a), '');
  const all = [...byKey.values()].sort((a, b) => longest(b).length - longest(a).length);
  const ruled = all.filter((g) => g.body === undefined);
  for (const short of [...ruled].reverse()) {
    const full = all.find((g) => g !== short && longest(g).length > short.key.length && byKey.has(g.key) &&
      [...g.forms.keys()].some((f) => f.length > short.key.length && refersTo(short.key, f)));
    if (!full || !byKey.has(short.key)) continue;
    full.mentions.push(...short.mentions);
    for (const [f, w] of short.forms) if (!full.forms.has(f)) full.forms.set(f, w);
    byKey.delete(short.key);
  }
  // 省厅, 市局, 省委 after a body of that level and head.
  const groups = [...byKey.values()];
  LEVEL_BACK_REFERENCE.lastIndex = 0;
  for (let m = LEVEL_BACK_REFERENCE.exec(folded); m; m = LEVEL_BACK_REFERENCE.exec(folded)) {
    const span = { start: m.index, end: m.index + 2 };
    if (overlaps(taken, span)) continue;
    const [level, head] = m[0];
    let owner: Group | undefined;
    let last = -1;
    for (const g of groups) {
      const first = g.mentions.reduce((a, s) => Math.min(a, s.start), Infinity);
      if (first < span.start && first > last && [...g.forms.keys()].some((f) => f.length > 2 && f.includes(level!) && f.endsWith(head!))) {
        owner = g;
        last = first;
      }
    }
    if (!owner) continue;
    owner.mentions.push(span);
    if (!owner.forms.has(m[0])) owner.forms.set(m[0], text.slice(span.start, span.end));
  }
  const out: NamedEntity[] = groups.map((g) => {
    g.mentions.sort((a, b) => a.start - b.start);
    // The name is the longest form (the full one), as first written.
    let name = '';
    for (const [f, w] of g.forms) if (f.length > name.length) name = w;
    const forms = [...g.forms.values()].filter((w) => w !== name);
    return { name, mentions: g.mentions, count: g.mentions.length, ...(forms.length ? { forms } : {}) };
  });
  return sortEntities(out);
}

/** Whether `short` is a back-reference to `full`: its end (`定王台派出所`), or its level and the
 * rest (`省公安厅` of `湖南省公安厅`, `市政府` of `长沙市人民政府`). */
function refersTo(short: string, full: string): boolean {
  if (full.endsWith(short)) return true;
  if (short.length < 3 || !/^[省市县区州]/.test(short)) return false;
  // 县检察院 of 长沙县人民检察院, 市政府 of 长沙市人民政府: the short form drops 人民.
  const plain = short.includes('人民') ? full : full.replace(/人民(?=政府|法院|检察院|医院)/, '');
  const rest = short.slice(1);
  return plain.endsWith(rest) && plain.slice(0, plain.length - rest.length).endsWith(short[0]!);
}

/** Most mentioned first, then page order. */
export function sortEntities(list: NamedEntity[]): NamedEntity[] {
  return list.sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}
