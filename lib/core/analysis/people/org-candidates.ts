/*
 * What every organisation rule shares: the found span and its group, the longest name read back,
 * and the two word tests all of them use. Apart so that the rule files can share them without
 * importing each other.
 */
import { isHanWord, type Span, type TaggedToken } from '../tokens';
import { POST_AT_END } from './lexicon';
import { NOT_ORG_HEAD, ORG_HEAD } from './org-words';

/** The longest name an organisation is read back to from its head (`天宫一号与神舟九号载人交会对接任务总指挥部`). */
export const MAX_ORG = 32;

/** A found stretch of text naming a body, and the group it reports under. */
export interface Candidate extends Span {
  /** A closed-lexicon body: its row, so that every name of it groups together. */
  body?: number;
  /** A short name the text defines for a body (`以下简称“汇川技术”`): that body's group key. */
  groupKey?: string;
  /** A full name that only gives its group its name, with no mention of its own (the owner named
   * inside a sub-body's name). */
  formOnly?: boolean;
  /** A known body's name after a place (河南省 + 发展改革委): that body's row and the place. */
  placed?: { body: number; place: string };
}

export const wordAt = (folded: string, t: TaggedToken) => folded.slice(t.start, t.end);

export function isHead(w: string): boolean {
  return isHanWord(w) && ORG_HEAD.test(w) && !NOT_ORG_HEAD.test(w) && !POST_AT_END.test(w);
}
