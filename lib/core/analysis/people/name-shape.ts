/**
 * The shape of a Han personal name: a surname, then one or two given-name characters. Apart from
 * names.ts because the readers of posts, organisations and factories test it too.
 */
import { isHanWord } from '../tokens';
import { COMPOUND_SURNAMES, NOT_IN_NAME, NOT_NAME_END, POST_AT_END, SURNAMES } from './lexicon';
import { GIVEN_NAME_CHARS } from './given-names';

/** Whether a folded string has the shape of a Han personal name. */
export function isNameShape(name: string): boolean {
  // 万, 向, 其, 之 and 千 are numerals, a preposition and pronouns in running text, but common
  // middle characters of a given name (李万君, 郝向东, 田其学, 张之洞, 赵千里).
  // 和 is a conjunction, but a given name's middle character too (梁和仕, 张和平): not before a
  // surname, where it joins two people (王和李).
  const middle = name.length === 3 && !SURNAMES.has(name[2]!) ? /[万向其之千和]/ : /[万向其之千]/;
  // 年 ends given names of long life and good years (郑永年, 李延年, 张松年) after a given name's
  // character, never after one of time (今年, 明年, 青年).
  const last = name.length === 3 && name[2] === '年' && GIVEN_NAME_CHARS.has(name[1]!) && !/[今去明前当近每青新成少中]/.test(name[1]!) ? '' : name[2];
  const inner = name.length === 3 ? last + name[1]!.replace(middle, '') : name.slice(1);
  // An honour may also be a given name (吴亚军, 王冠军); a post after a surname may not (王主任).
  if (!isHanWord(name) || NOT_IN_NAME.test(inner) || NOT_NAME_END.test(name) || (POST_AT_END.test(name) && !/(?:冠军|亚军|季军|状元)$/.test(name))) return false;
  if (name[0] === name[1]) return false; // 谢谢, 常常: a doubled word (谢谢陈局长)
  // A body's last character before the words of its staff or remit (价格司/有关负责人, 该局/相关人员):
  // 有关, 相关 and 负责 are words, never a given name.
  if (GIVEN_NOT_WORD.test(name.slice(1))) return false;
  // …and a body's head ends no given name (从国家卫健委获悉: 卫 is a surname, 健委 no given name;
  // 宣传司/nr 副司长: a department).
  if (/[委办署司]$/.test(name)) return false;
  // The armed services are no names (、陆军大校张春晖: 陆 is a surname, 军 a given name's character).
  if (/^[陆海空]军$/.test(name)) return false;
  // `信中说`, `书上说`: a document and a place word before a speech verb, not a two-character name.
  if (name.length === 2 && /[中里内上]/.test(name[1]!)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3 && name.length <= 4;
  return name.length >= 2 && name.length <= 3 && SURNAMES.has(name[0]!);
}

/** Words of reference and charge that open what follows a body's name, never a given name. */
const GIVEN_NOT_WORD = /^(?:有关|相关|负责|主管|分管|所属|下属|直属)/;
