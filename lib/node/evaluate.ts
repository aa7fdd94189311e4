import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll } from '../core/extract';
import { scoreStrict, type GoldSpan, type Score } from './score';

/** Accuracy of the extractors on every gold-annotated text in the fixtures (guidelines §4). */
export const KINDS = ['figures', 'dates', 'programs'] as const;
export type Kind = (typeof KINDS)[number];

interface GoldFile {
  published?: string;
  figures: GoldSpan[];
  dates: GoldSpan[];
  programs: GoldSpan[];
}

export interface GoldText {
  name: string;
  text: string;
  gold: GoldFile;
}

export function loadGoldTexts(root = 'tests/fixtures'): GoldText[] {
  const texts: GoldText[] = [
    {
      name: 'seed',
      text: readFileSync(join(root, 'seed/people-hn-big5-2023-02-03.txt'), 'utf8'),
      gold: JSON.parse(readFileSync(join(root, 'annotation/seed.gold.json'), 'utf8')) as GoldFile,
    },
  ];
  const dir = join(root, 'gold');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
    const name = f.replace(/\.gold\.json$/, '');
    texts.push({
      name,
      text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
      gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile,
    });
  }
  return texts;
}

// Relative dates (去年10月) resolve against the article's date; the gold files carry it where known.
const SEED_PUBLISHED = '2023-02-03T10:44+08:00';

export function evaluate(texts: GoldText[]): { name: string; kind: Kind; score: Score }[] {
  const out: { name: string; kind: Kind; score: Score }[] = [];
  for (const t of texts) {
    const published = t.gold.published ?? (t.name === 'seed' ? SEED_PUBLISHED : null);
    const got = extractAll(t.text, { published });
    for (const kind of KINDS) out.push({ name: t.name, kind, score: scoreStrict(t.gold[kind], got[kind]) });
  }
  return out;
}

/** Micro-averaged score over several texts. */
export function pool(scores: Score[]): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
  const tp = scores.reduce((s, x) => s + x.tp, 0);
  const fp = scores.reduce((s, x) => s + x.fp, 0);
  const fn = scores.reduce((s, x) => s + x.fn, 0);
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}
