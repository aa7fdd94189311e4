import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';

// The glossary is data written by hand from official sources, split over several files so that more
// than one person can add to it. These checks hold every file to the same entry format: a numbered
// formulation lists as many things as its numbers say, every entry says when and where it was first
// stated and which page it was read from, and no written form belongs to two entries.

interface Source {
  url: string;
  title: string;
  read: string;
  supports: string;
}
interface Entry {
  name: string;
  forms: string[];
  enumerates: boolean;
  counts?: number[];
  items: string[][];
  gloss: { zh: string; en: string };
  since: number;
  firstStated: { title: string; date: string };
  sources: Source[];
  note?: string;
}

const DIR = path.join(process.cwd(), 'lib/data/glossary');
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const NUMERALS = /[一二两三四五六七八九十百千万双]+/g;

/**
 * The numbers written in a run of Chinese numerals, left to right. A digit after a digit starts a new
 * number (八八 is two eights, 十四五 is fourteen then five), 双 always stands alone as two, and a unit
 * no larger than the previous one continues the number (三十, 一百, 十四).
 */
function runNumbers(run: string): number[] {
  const out: number[] = [];
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let open = false;
  const flush = (): void => {
    if (open) out.push(total + (digit ?? 0));
    total = 0;
    digit = null;
    lastUnit = Infinity;
    open = false;
  };
  for (const ch of run) {
    if (ch === '双') {
      flush();
      out.push(2);
    } else if (ch in DIGITS) {
      if (digit !== null) flush();
      digit = DIGITS[ch]!;
      open = true;
    } else {
      const unit = UNITS[ch]!;
      if (unit >= lastUnit) flush();
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      open = true;
    }
  }
  flush();
  return out;
}

/** Every number written in a name, in order: 三严三实 gives [3, 3], 两个一百年 gives [2, 100]. */
function numbersIn(name: string): number[] {
  return (name.match(NUMERALS) ?? []).flatMap(runNumbers);
}

/** Whether `part` can be read off `whole` in order, skipping some of it. */
function isSubsequence(part: number[], whole: number[]): boolean {
  let i = 0;
  for (const n of whole) if (i < part.length && n === part[i]) i++;
  return i === part.length;
}

function load(): { file: string; entries: Entry[] }[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, entries: JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Entry[] }));
}

const files = load();
const entries = files.flatMap((f) => f.entries);
const toTaiwan = Converter({ from: 'cn', to: 'tw' });
const toHongKong = Converter({ from: 'cn', to: 'hk' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const QUOTES = /[“”‘’"'「」『』《》]/;

describe('reading numbers in a name', () => {
  it('reads one number per numeral, and compounds as one', () => {
    expect(numbersIn('三严三实')).toEqual([3, 3]);
    expect(numbersIn('一个中心两个基本点')).toEqual([1, 2]);
    expect(numbersIn('两个一百年')).toEqual([2, 100]);
    expect(numbersIn('十三个方面成就')).toEqual([13]);
    expect(numbersIn('十四五')).toEqual([14, 5]);
    expect(numbersIn('八八战略')).toEqual([8, 8]);
    expect(numbersIn('双随机一公开')).toEqual([2, 1]);
    expect(numbersIn('双百方针')).toEqual([2, 100]);
    expect(numbersIn('乡村振兴战略')).toEqual([]);
  });
});

describe('glossary data', () => {
  it('has at least one file, each a non-empty array', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(Array.isArray(f.entries), f.file).toBe(true);
      expect(f.entries.length, f.file).toBeGreaterThan(0);
    }
  });

  it('holds at least 200 entries', () => {
    expect(files.reduce((n, f) => n + f.entries.length, 0)).toBeGreaterThanOrEqual(200);
  });

  it('keeps each file sorted by name', () => {
    for (const f of files) {
      const names = f.entries.map((e) => e.name);
      expect(names, f.file).toEqual([...names].sort());
    }
  });

  it('gives every written form to one entry only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const form of new Set([e.name, ...e.forms])) {
        const prior = owner.get(form);
        if (prior !== undefined) clashes.push(`${form}: ${prior} and ${e.name}`);
        else owner.set(form, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes names and forms bare, and lists the Traditional forms', () => {
    const problems: string[] = [];
    for (const e of entries) {
      if (!e.name || QUOTES.test(e.name)) problems.push(`${e.name}: name empty or quoted`);
      if (!Array.isArray(e.forms)) problems.push(`${e.name}: forms is not a list`);
      for (const form of e.forms ?? []) {
        if (!form || QUOTES.test(form) || form === e.name) problems.push(`${e.name}: form "${form}"`);
      }
      for (const trad of [toTaiwan(e.name), toHongKong(e.name)]) {
        if (trad !== e.name && !e.forms.includes(trad)) problems.push(`${e.name}: missing ${trad}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists as many items as the numbers in a numbered name', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const written = numbersIn(e.name);
      if (!e.enumerates) {
        if (e.items.length !== 0) problems.push(`${e.name}: items given but enumerates is false`);
        if (e.counts !== undefined) problems.push(`${e.name}: counts given but enumerates is false`);
        continue;
      }
      if (written.length === 0) problems.push(`${e.name}: enumerates, but the name has no number`);
      // counts names the numbers that count things when another numeral in the name does not
      // (the 一百 of 一百年), and the entry's note must say why.
      const expected = e.counts ?? written;
      if (e.counts !== undefined) {
        if (e.counts.length === 0 || !isSubsequence(e.counts, written)) problems.push(`${e.name}: counts ${String(e.counts)} not among ${String(written)}`);
        if (!e.note) problems.push(`${e.name}: counts given without a note`);
      }
      const got = e.items.map((group) => group.length);
      if (String(got) !== String(expected)) problems.push(`${e.name}: items ${String(got)}, expected ${String(expected)}`);
      for (const group of e.items) for (const item of group) if (!item.trim()) problems.push(`${e.name}: empty item`);
    }
    expect(problems).toEqual([]);
  });

  it('glosses, dates and sources every entry', () => {
    const problems: string[] = [];
    for (const e of entries) {
      if (!e.gloss?.zh?.trim() || !e.gloss?.en?.trim()) problems.push(`${e.name}: gloss`);
      if (!/[\u4e00-\u9fff]/.test(e.gloss?.zh ?? '')) problems.push(`${e.name}: gloss.zh is not Chinese`);
      if (!/[A-Za-z]/.test(e.gloss?.en ?? '')) problems.push(`${e.name}: gloss.en is not English`);
      if (!Number.isInteger(e.since) || e.since < 1900 || e.since > 2100) problems.push(`${e.name}: since ${e.since}`);
      const stated = e.firstStated;
      if (!stated?.title?.trim() || !PARTIAL_DATE.test(stated?.date ?? '')) problems.push(`${e.name}: firstStated`);
      else if (Number(stated.date.slice(0, 4)) !== e.since) problems.push(`${e.name}: firstStated ${stated.date} is not in ${e.since}`);
      if (!Array.isArray(e.sources) || e.sources.length === 0) problems.push(`${e.name}: no source`);
      for (const s of e.sources ?? []) {
        let ok = false;
        try {
          const url = new URL(s.url);
          ok = url.protocol === 'http:' || url.protocol === 'https:';
        } catch {
          ok = false;
        }
        if (!ok) problems.push(`${e.name}: source url ${s.url}`);
        if (!s.title?.trim() || !s.supports?.trim() || !DAY.test(s.read ?? '')) problems.push(`${e.name}: source ${s.url} lacks title, supports or read date`);
      }
    }
    expect(problems).toEqual([]);
  });
});
