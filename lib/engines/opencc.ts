import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { convertQuotes, type QuoteStyle } from '../core/convert';
import { segmentedConverter } from './opencc-trie';

/**
 * The phrase-level script converter: the only module that imports opencc-js's converter and
 * phrase tables. The Simplified → Traditional phrase table (STPhrases) is about 1 MB, so this
 * lives in the background context, never in the content script that every page loads; the
 * content script sends batches of strings here and writes the results back into the page.
 * (The content script's matching fold uses the 29 kB character table only.)
 *
 * Every target goes through Simplified first. That makes Traditional → Traditional a repair,
 * not a no-op: People's Daily's /BIG5/ pages are converted character by character by the site
 * (`隻要`, `鄰裡`, `干部`), and OpenCC's phrase-aware round trip turns them into `只要`, `鄰里`,
 * `幹部`. Only the character-variant targets `tw` and `hk` are used, never `twp`, which
 * rewrites vocabulary (項目 → 專案) and changes text lengths.
 */
export type OpenccTarget = 'simplified' | 'taiwan' | 'hongkong';

export interface ConvertOptions {
  /** Quote style applied after conversion; null or absent leaves quotes alone. */
  quotes?: QuoteStyle | null;
}

export interface DetailedBatch {
  texts: string[];
  /** Per input: the converted string's UTF-16 length differs from the input's. */
  lengthChanged: boolean[];
}

/**
 * opencc-js's own `tw2s`, `hk2s`, `s2tw` and `s2hk` configurations (dist/esm-lib/preset/t2cn.js
 * and cn2t.js, v1.4.2), restated with only the tables they use: the packaged presets also pull
 * in the Japanese, `twp` and `hkp` tables (~110 kB) that Kanbao never uses. They run on
 * opencc-trie.ts, the same segmented conversion over the same tables at less cost per
 * character. The engine tests compare the result with opencc-js's own `Converter` character for
 * character, so a drift after an upgrade fails loudly.
 */
const normalizationChain = [[CJKCompatibility]];

const stPhrases = [STPhrases, STPhrasesRegional];

// The configurations leave out opencc-js's `normalizationChain` (the CJK compatibility table,
// run over the whole text before each conversion): `converter` applies it itself, and only to a
// text that holds the first code unit of one of its keys; any other text it leaves unchanged.
const CONFIGS: Record<string, { segmentation: string[]; conversionChain: string[][] }> = {
  'tw>cn': { segmentation: [TSPhrases], conversionChain: [[TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters]] },
  'hk>cn': { segmentation: [TSPhrases], conversionChain: [[HKVariantsRevPhrases, HKVariantsRev], [TSPhrases, TSCharacters]] },
  'cn>tw': { segmentation: stPhrases, conversionChain: [[...stPhrases, STCharacters], [TWVariantsPhrases, TWVariants]] },
  'cn>hk': { segmentation: stPhrases, conversionChain: [[...stPhrases, STCharacters], [HKVariantsPhrases, HKVariants]] },
};

let normalizer: { convert: ConverterFunction; starts: Uint8Array } | null = null;

/** opencc-js's normalisation, skipped on a text where none of its keys can start. */
function normalize(text: string): string {
  if (!normalizer) {
    const starts = new Uint8Array(0x10000);
    for (const [k] of entries(CJKCompatibility)) if (k) starts[k.charCodeAt(0)] = 1;
    normalizer = { convert: ConverterFactory(...normalizationChain), starts };
  }
  const { convert, starts } = normalizer;
  for (let i = 0; i < text.length; i++) if (starts[text.charCodeAt(i)] === 1) return convert(text);
  return text;
}

const cache = new Map<string, ConverterFunction>();

/** Builds a converter on first use: the tries take ~200 ms for STPhrases, so pay only if asked. */
function converter(from: string, to: string): ConverterFunction {
  const key = `${from}>${to}`;
  let c = cache.get(key);
  if (!c) {
    const config = CONFIGS[key]!;
    const convert = segmentedConverter(config.segmentation, config.conversionChain);
    c = (text: string) => convert(normalize(text));
    cache.set(key, c);
  }
  return c;
}

/**
 * Any text (Simplified, Traditional or mixed) → Simplified. The Taiwan pass goes first because
 * /BIG5/ pages follow Taiwan usage (著 for the particle 着, 裡 for 裏). It leaves Hong Kong-only
 * variants (衞, 衹, 枱, 敍) alone, so a Hong Kong pass follows; on Simplified text both passes
 * are the identity, so converting an already converted page changes nothing. simplifyAll runs
 * the Hong Kong pass only on what the Taiwan pass left with a trigger (see below) in it.
 */

/**
 * Characters whose presence can make the passes to Simplified change a text. A mainland page has none of
 * them in most of its text nodes, and skipping the two passes there makes Simplified → Taiwan
 * cost one OpenCC pass instead of three. Exact by construction: every table entry that changes
 * something (key ≠ value) has a key holding one of these characters, so a text without them
 * matches no such entry in any pass. Character tables contribute their keys; a phrase not yet
 * covered contributes the character where key and value differ (瞭 in 一目瞭然, 梁 in 上梁).
 */
let triggers: { bmp: Uint8Array; astral: Set<number> } | null = null;

function entries(table: string): [string, string][] {
  return table.split('|').map((e) => {
    const [k = '', v = ''] = e.split(' ');
    return [k, v];
  });
}

function buildTriggers(): { bmp: Uint8Array; astral: Set<number> } {
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  const add = (ch: string): void => {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x10000) bmp[cp] = 1;
    else astral.add(cp);
  };
  const has = (ch: string): boolean => {
    const cp = ch.codePointAt(0)!;
    return cp < 0x10000 ? bmp[cp] === 1 : astral.has(cp);
  };
  for (const table of [TSCharacters, TWVariantsRev, HKVariantsRev, CJKCompatibility]) {
    for (const [k, v] of entries(table)) if (k !== v) for (const ch of k) add(ch);
  }
  for (const table of [TSPhrases, TWVariantsRevPhrases, HKVariantsRevPhrases]) {
    for (const [k, v] of entries(table)) {
      if (k === v) continue;
      const key = Array.from(k);
      if (key.some(has)) continue;
      const value = Array.from(v);
      add(key.find((ch, i) => ch !== value[i]) ?? key[0]!);
    }
  }
  return { bmp, astral };
}

function mayChangeToSimplified(text: string): boolean {
  triggers ??= buildTriggers();
  const { bmp, astral } = triggers;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      if (astral.has(text.codePointAt(i)!)) return true;
      i++;
    } else if (bmp[c] === 1) return true;
  }
  return false;
}

/**
 * Runs `fn` once over the whole batch. Each OpenCC call has a fixed cost (normalisation,
 * segmentation, several tries), and pages are thousands of short text nodes: one call for the
 * batch is 2–4× faster than one per string. The separator is a private-use character that no
 * table key contains, so no phrase can match across it and every piece converts exactly as it
 * would alone. Not used when a text holds the separator itself, or an ideographic description
 * character (U+2FF0–U+2FFF), whose operands OpenCC consumes whatever they are.
 */
const SEPARATOR = '\uE000';
const UNSAFE_TO_JOIN = /[\uE000\u2FF0-\u2FFF]/;

function mapJoined(texts: readonly string[], fn: (text: string) => string): string[] {
  if (texts.length > 1 && !texts.some((t) => UNSAFE_TO_JOIN.test(t))) {
    const pieces = fn(texts.join(SEPARATOR)).split(SEPARATOR);
    if (pieces.length === texts.length) return pieces;
  }
  return texts.map(fn);
}

function simplifyAll(texts: readonly string[]): string[] {
  const out = texts.slice();
  const todo: number[] = [];
  texts.forEach((t, i) => {
    if (mayChangeToSimplified(t)) todo.push(i);
  });
  // A converter is built only when some text needs it: a batch of Simplified strings (the
  // glossary's cards) must not pay for building the Traditional → Simplified tries.
  if (todo.length === 0) return out;
  const done = mapJoined(
    todo.map((i) => texts[i]!),
    converter('tw', 'cn'),
  );
  // The Hong Kong pass is the identity on a text without triggers, for the same reason as
  // above; after the Taiwan pass most texts of a Traditional page have none left.
  const again: number[] = [];
  done.forEach((t, k) => {
    if (mayChangeToSimplified(t)) again.push(k);
  });
  const fromHk = again.length === 0 ? [] : mapJoined(
    again.map((k) => done[k]!),
    converter('hk', 'cn'),
  );
  again.forEach((k, j) => (done[k] = fromHk[j]!));
  todo.forEach((i, k) => (out[i] = done[k]!));
  return out;
}

/**
 * Whether converting `texts` to `to` would run on converters already built: a conversion asked
 * ahead of the reader (see the conversion Port's `ahead`) must not spend the ~200 ms a phrase
 * converter takes to build on a page whose reader may never convert. The Hong Kong pass to
 * Simplified is not asked for: it runs only on what the Taiwan pass leaves with a trigger.
 */
export function convertersReady(texts: readonly string[], to: OpenccTarget): boolean {
  if (to !== 'simplified' && !cache.has(`cn>${to === 'taiwan' ? 'tw' : 'hk'}`)) return false;
  if (cache.has('tw>cn')) return true;
  // The triggers table is built with the first converter to Simplified; without it, no text
  // is known to need none.
  return triggers !== null && !texts.some(mayChangeToSimplified);
}

function convertAll(texts: readonly string[], to: OpenccTarget): string[] {
  const simplified = simplifyAll(texts);
  if (to === 'simplified') return simplified;
  return mapJoined(simplified, converter('cn', to === 'taiwan' ? 'tw' : 'hk'));
}

export function convertBatch(texts: readonly string[], to: OpenccTarget, opts: ConvertOptions = {}): string[] {
  const quotes = opts.quotes ?? null;
  const out = convertAll(texts, to);
  // Quotes pair within one string only, so the style is applied after splitting.
  return quotes ? out.map((t) => convertQuotes(t, quotes)) : out;
}

/** Like convertBatch, and says which strings changed length (their annotations need recomputing). */
export function convertBatchDetailed(texts: readonly string[], to: OpenccTarget, opts: ConvertOptions = {}): DetailedBatch {
  const out = convertBatch(texts, to, opts);
  return { texts: out, lengthChanged: out.map((t, i) => t.length !== texts[i]!.length) };
}
