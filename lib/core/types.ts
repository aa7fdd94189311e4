// Shared shapes of Kanbao's pure core. Offsets everywhere are UTF-16 code units, half-open.
import type Messages from '../../public/_locales/en/messages.json';

/** The outlets Kanbao shipped with (lib/core/sites SITES). `en.people.cn` is named only so that it can be rejected. */
export type BuiltinSiteId =
  | 'people.com.cn'
  | 'en.people.cn'
  | 'xinhuanet.com'
  | 'news.cn'
  | 'gmw.cn'
  | 'youth.cn'
  | 'chinanews.com'
  | 'chinadaily.com.cn'
  | 'cctv.com'
  | 'gov.cn'
  | 'qstheory.cn';

/**
 * An outlet id: a built-in one, or the id of an outlet of the field registry (its primary host
 * key, e.g. `southcn.com`). `string & {}` keeps editors suggesting the built-in ids.
 */
export type SiteId = BuiltinSiteId | (string & {});

/** The kinds of highlight: what the popup switches and the settings remember. */
export type HighlightKind = 'figure' | 'date' | 'program';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['figure', 'date', 'program'];
export type KindSwitches = Record<HighlightKind, boolean>;

/** Script targets: character-level OpenCC variants (cn, tw, hk) and the page as it came. */
export type ScriptTarget = 'simplified' | 'taiwan' | 'hongkong' | 'original';
export const SCRIPT_TARGETS: readonly ScriptTarget[] = ['simplified', 'taiwan', 'hongkong', 'original'];
export type ConvertTarget = Exclude<ScriptTarget, 'original'>;
export type QuoteStyle = 'corner' | 'curly' | null;

export type PageKind = 'article' | 'list' | 'other';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'english' | 'unknown';

/** What the detector says about a page; `signals` names the evidence that was found. */
export interface PageInfo {
  isArticle: boolean;
  site: SiteId | null;
  peoplesDaily: boolean;
  /** Template id used to read the article (`rm_txt`, `2016wb`, `articleCont`, `xl2019`, … or `generic`). */
  template: string | null;
  /** 0..1 */
  confidence: number;
  signals: string[];
}

export interface Paragraph {
  start: number;
  end: number;
  caption: boolean;
}

export interface Article {
  title: string;
  kicker: string | null;
  subtitle: string | null;
  /** ISO 8601 with +08:00, at the precision the page shows (`2023-02-03T10:44+08:00`). */
  published: string | null;
  source: string | null;
  authors: string[];
  editors: string[];
  /** e.g. `《人民日报》2024年05月10日 04版` */
  printEdition: string | null;
  script: Script;
  /** Paragraph texts joined with `\n`; every span offset indexes this string. */
  text: string;
  paragraphs: Paragraph[];
}

/**
 * Interface strings live only in public/_locales/<locale>/messages.json; their keys are the English
 * file's. Core names the keys (a type-only import: no string is bundled) so that pure functions
 * that write text, such as the Markdown export, take a `Translate` and stay free of the browser.
 */
export type MessageKey = keyof typeof Messages;
export type Substitution = string | number;
/** `browser.i18n.getMessage` narrowed to our keys: `t('mentions', 4)`; `$1`…`$9` take the substitutions. */
export type Translate = (key: MessageKey, ...subs: Substitution[]) => string;
