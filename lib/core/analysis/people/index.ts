import { foldToSimplified } from '../../text';
import type { TaggedToken } from '../tokens';
import { people } from './names';
import { organisations } from './organisations';
import { places } from './places';
import { slashesAsListMarks } from './slash-lists';
import type { PeopleOptions, PeopleResult } from './types';

export { isNameShape } from './names';
export type { PeopleOptions, PeopleResult } from './types';

/**
 * People, organisations and places named in an article, from jieba's POS tags combined with
 * the patterns Chinese news uses to introduce people (`湖南省副省长、省公安厅厅长王一鸥表示`).
 *
 * jieba alone is not enough: names missing from its dictionary come out of the HMM tagged `x`
 * (王一鸥/x), split (彭/nr 铁军/n) or glued to the next word (陈灿说/x), while common words carry
 * `nr` (高水平/nr, 保驾护航/nr) or `ns` (治安/ns). So a name is accepted only when
 *  1. it has the SHAPE of a Han name: 2–3 characters after a common surname (4 with a compound
 *     surname), no function characters; and
 *  2. the text gives EVIDENCE that it is a person: a post right before it (…厅长王一鸥), a
 *     speech verb right after (王一鸥表示), a post right after (习近平总书记), a caption position
 *     (彭铁军(左前)), a credit label (责编：李淑静), repetition of an unknown 3-character word, or
 *     the caller knowing it (bylines from the page metadata).
 * Rules match on the folded (Simplified) text; names, titles and mentions are cut from the
 * original text by offset, so Traditional pages report Traditional names.
 */
export function findPeople(text: string, tokens: readonly TaggedToken[], opts: PeopleOptions = {}): PeopleResult {
  const folded = foldToSimplified(text);
  const listed = slashesAsListMarks(folded, tokens);
  const found = people(text, listed.folded, listed.tokens, opts.known ?? []);
  // Characters inside a person's mention belong to no organisation or place (长安 in 所长安志).
  const personAt = new Uint8Array(text.length);
  for (const p of found) for (const m of p.mentions) personAt.fill(1, m.start, m.end);
  return {
    people: found,
    organisations: organisations(text, folded, tokens, personAt),
    places: places(text, folded, tokens, personAt),
  };
}

