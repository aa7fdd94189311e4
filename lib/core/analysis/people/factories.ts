import { isHanWord, type Span, type TaggedToken } from '../tokens';
import { FUNCTION_WORDS } from './lexicon';
import { DETERMINERS, INDUSTRY } from './org-words';
import { isNameShape } from './name-shape';

/**
 * A company's factory named by its brand, maybe its city and 超级 (`东风岚图云峰工厂`,
 * `重庆赛力斯超级工厂`, `比亚迪长沙工厂`): a unit of the company, a sub-body of its own. The word 工厂
 * alone is no head (a factory as a thing, `走进工厂`), so such names come from here: the words
 * before it must hold a brand, a word of a name's kind other than a place (a place alone, `上海工厂`,
 * and a trade alone, `服装工厂`, name no factory).
 */
const NAME_TAGS = new Set(['nz', 'nr', 'nrt', 'nrfg', 'x', 'ns', 'eng', 'j', 'n']);
const BRAND_TAGS = new Set(['nz', 'nr', 'nrt', 'nrfg', 'x', 'eng']);

export function factorySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Span[] {
  const out: Span[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const head = tokens[j]!;
    if (folded.slice(head.start, head.end) !== '工厂') continue;
    let k = j - 1;
    // (重庆赛力斯/超级/b 工厂: the giga-factory's word is part of the name.)
    if (tokens[k] !== undefined && folded.slice(tokens[k]!.start, tokens[k]!.end) === '超级' && tokens[k]!.end === head.start) k--;
    let start = tokens[k + 1]!.start;
    let brand = false;
    for (; k >= 0 && tokens[k]!.end === start && head.start - tokens[k]!.start <= 10; k--) {
      const t = tokens[k]!;
      const w = folded.slice(t.start, t.end);
      if (!isHanWord(w) && t.tag !== 'eng') break;
      // (车房/片及/x 太阳镜/nz: an unknown word holding a conjunction joins two products, no name.)
      if (!NAME_TAGS.has(t.tag) || FUNCTION_WORDS.test(w) || DETERMINERS.test(w) || personAt[t.start] === 1 || (t.tag === 'x' && /[及和与或的]/.test(w)) ||
        // (这座/x 工厂: a demonstrative the HMM glued to its measure word points at a factory, names none.)
        (t.tag === 'x' && /^[这那该此每各本其某一两几全]/.test(w))) break;
      // (张伟/nr 工厂: a person's name before it is whose factory it is, no brand.)
      if (BRAND_TAGS.has(t.tag) && !(/^(?:nr|x)/.test(t.tag) && isNameShape(w))) brand = true;
      start = t.start;
    }
    // 小米/n 汽车/n 工厂/n 厂长: a factory with its own director is a named unit; a common word opening two
    // or more words before it is then its brand, unless it is a trade (汽车/零部件/工厂厂长 is a kind).
    const directed = tokens[j + 1]?.start === head.end && /^(?:副?厂长|党委|党支部|党总支)$/.test(folded.slice(tokens[j + 1]!.start, tokens[j + 1]!.end));
    const run = tokens.filter((t) => t.start >= start && t.end <= head.start);
    if (!brand && directed && run.length >= 2 && run[0]!.tag === 'n' && !INDUSTRY.test(folded.slice(run[0]!.start, run[0]!.end)) &&
      folded.slice(run[0]!.start, run[0]!.end).length === 2) brand = true;
    // A trade opening the run before the brand is the sentence's (新能源/汽车/…); the name starts at
    // its first word of a name's kind.
    while (start < head.start && !(directed && brand && run[0]!.tag === 'n')) {
      const t = tokens.find((x) => x.start === start)!;
      if (t.tag !== 'n') break;
      const after = tokens.find((x) => x.start === t.end);
      // (东风/n 岚/nr…: a common word right before a brand is the brand's first half.)
      if (after && BRAND_TAGS.has(after.tag) && after.start < head.start) break;
      start = t.end;
    }
    // The name opens its clause or follows a preposition, a particle or a verb (在/东风岚图云峰工厂,
    // 生产的/重庆赛力斯超级工厂); after another word it is the end of a description (…片及/太阳镜工厂).
    const before = tokens.find((x) => x.end === start);
    const opens = !before || !isHanWord(before.word) || /^(?:p|uj|v|d)$/.test(before.tag);
    if (!brand || !opens || start >= head.start || head.start - start < 2) continue;
    out.push({ start, end: head.end });
  }
  return out;
}
