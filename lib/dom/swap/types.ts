/**
 * Shapes shared by the content-script side of script conversion. Nothing here imports the
 * converter: the DOM glue only ever sees a `ConvertFn`, which the content script implements by
 * messaging the background (where the ~1 MB phrase tables live).
 */

/** A conversion target. Same union as the engine's `OpenccTarget`, kept separate so the DOM
 * side never imports the engine module. */
export type ScriptTarget = 'simplified' | 'taiwan' | 'hongkong';

/** What the page currently shows: a target, or the page's own text. */
export type ScriptChoice = ScriptTarget | 'original';

/**
 * A converted batch: one string per input, in order, and, when the converter counted them, per
 * input its CJK characters (`cjk`) and the characters the conversion changed (`changed`), as
 * lib/core/convert's countText counts them. The swapper counts what it is not given.
 */
export interface ConvertedBatch {
  texts: string[];
  cjk?: number[];
  changed?: number[];
}

/** Converts a batch of strings: the strings alone, or the batch with its counts. */
export type ConvertFn = (texts: string[], to: ScriptTarget) => Promise<string[] | ConvertedBatch>;

/** `lang` written on <html> (and on any `zh-*` element) so fonts pick the right glyphs. */
export const LANG_TAGS: Record<ScriptTarget, string> = {
  simplified: 'zh-Hans',
  taiwan: 'zh-Hant',
  hongkong: 'zh-HK',
};

/**
 * Attribute on <html> naming the current target. It is removed on Original, so an unconverted
 * page and a restored one are the same; absent means Original.
 */
export const SCRIPT_ATTRIBUTE = 'data-kanbao-script';

export interface SwapReport {
  /** What the page shows after this operation. */
  target: ScriptChoice;
  /** Text nodes whose data was written (only nodes whose text actually changed are written). */
  changedNodes: number;
  /** Attributes written (title, alt, placeholder, aria-label, lang). */
  changedAttributes: number;
  /** Characters that differ from the page's original text, over every converted string. */
  changedChars: number;
  /** The part of `changedChars` in text that was Traditional already: site errors fixed. */
  repairedChars: number;
  /** Some written text node has a new length: annotations on it need recomputing. */
  lengthChanged: boolean;
  /** The text nodes whose length changed with this write. */
  lengthChangedNodes: Text[];
  /**
   * A later convertTo/restore replaced this one before it finished writing. What it did write
   * stays recorded, and its length changes are reported by the next operation that finishes.
   */
  superseded: boolean;
}
