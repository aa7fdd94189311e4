import { detectScript } from './script';

/** A BCP 47 tag for Chinese text. */
export type ChineseLang = 'zh-Hans' | 'zh-Hant' | 'zh';

/**
 * The language tag for a piece of Chinese text, by its script: a screen reader picks its voice
 * and a browser its glyphs from it. Text too short or too mixed to tell is plain `zh`.
 */
export function chineseLang(text: string): ChineseLang {
  const script = detectScript(text);
  return script === 'traditional' ? 'zh-Hant' : script === 'simplified' ? 'zh-Hans' : 'zh';
}
