/**
 * One entry of the glossary (`lib/data/glossary/*.json`; format and rules in docs/glossary.md).
 * Every fact in it is read from a public official source, recorded in `sources`.
 */
export interface GlossaryEntry {
  /** Simplified, without quote marks, as the formulation is usually written (`两个确立`). */
  name: string;
  /** Other written forms a page may use: Traditional, abbreviations, fuller names. */
  forms?: string[];
  /** Whether the numbers in the name count the items (`三严三实`), or are distributive (`一村一品`). */
  enumerates: boolean;
  /** One list per number in the name, in order; empty when the name enumerates nothing. */
  items: string[][];
  gloss: { zh: string; en: string };
  /** The year it was first put forward. */
  since: number;
  /** The document, report or speech that first stated it. */
  firstStated: { title: string; date: string };
  sources: { url: string; title: string; read: string; supports?: string }[];
  /** Where sources disagree, or what is a judgement. */
  note?: string;
}

/**
 * What a page shows of an entry, and the `glossary` field of a program span in the `--json`
 * document (a contract: add fields, never rename or remove them).
 */
export interface GlossaryCard {
  name: string;
  items: string[][];
  gloss: { zh: string; en: string };
  since: number;
  source: { title: string; date: string };
  note?: string;
}
