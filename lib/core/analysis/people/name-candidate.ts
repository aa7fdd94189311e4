/** A possible name as each finder hands it to names.ts: where it stands and what the finder knows of it.
 * Apart so that the finders, each in its own file, share one shape. */
import type { Span } from '../tokens';

export interface Candidate extends Span {
  title: string | null;
  evidence: boolean;
  /** An unknown word (jieba's HMM made it up): repetition is evidence. */
  unknown: boolean;
  /** The name when it is not the folded span itself (a padded byline name, a dotted name). */
  key?: string;
  /** A transliterated name: checked by its own shape, not a Han surname. */
  foreign?: boolean;
  /** The role a byline gives, used when nothing closer to the name gives a post. */
  role?: string | null;
  /** An item of a 、 list, checked by a looser shape and accepted only with its list. */
  listItem?: boolean;
  /** A list item joined by a dot (艾力更·依明巴海): checked by its parts, not a Han name's shape. */
  dottedItem?: boolean;
  /** One word jieba's dictionary tags as a person's name (孔子/nr, 郑和/nrfg). */
  dictName?: boolean;
  /** A transliteration jieba tags nrt right after a post: the post is its evidence. */
  byPost?: boolean;
  /** A word of four or five the dictionary tags a name, of a long name's shape: accepted only when
   * named often (namedLongAndOften), whatever stands around one mention. */
  long?: boolean;
  /** A name a byline or a credit line gives a role (`记者茆雷磊`, `策划：王为`): checked by the
   * looser shape of a credited name. */
  credited?: boolean;
  /** One or two Tibetan name words (`扎西次仁`): no surname, so checked by its words alone. */
  tibetan?: boolean;
  /** A name of two and the 和 that closes its clause (`魏凤和。`): checked as the name of two. */
  endsInHe?: boolean;
  /** A name in a roster of guests, its post after it across a space (`张志勇  全国政协委员、…主任`): that
   * post is his, whatever stands before the name. */
  rostered?: boolean;
}
