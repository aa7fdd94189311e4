import {
  POST_APPROX,
  POST_APPROX_BLOCKERS,
  UNIT_BLOCKERS,
  UNITS,
  type Approx,
  type UnitInfo,
} from './lexicon';

/**
 * The unit / measure word after a numeral, and what may follow the unit inside the span
 * (`3年多`, `一年半`, `30%左右`). Longest match wins (`人次` over `人`, `个百分点` over `个`),
 * and a unit character that starts an ordinary word is refused (`3亿人口` → no unit).
 */
export interface UnitToken {
  text: string;
  info: UnitInfo;
  end: number;
}

const LATIN = /[A-Za-z]/;

function blocked(f: string, pos: number, len: number): boolean {
  // `5mins`, `3mg/L`-like labels: a Latin unit followed by another letter is part of a word.
  if (LATIN.test(f[pos + len - 1] ?? '') && LATIN.test(f[pos + len] ?? '')) return true;
  return UNIT_BLOCKERS.has(f.substr(pos, len + 1)) || UNIT_BLOCKERS.has(f.substr(pos, len + 2));
}

/** Units by first character, longest first: one Map lookup instead of a substring per length. */
let byFirst: Map<string, [string, UnitInfo][]> | null = null;

function indexUnits(): Map<string, [string, UnitInfo][]> {
  const map = new Map<string, [string, UnitInfo][]>();
  for (const [text, info] of UNITS) {
    const list = map.get(text[0]!);
    if (list) list.push([text, info]);
    else map.set(text[0]!, [[text, info]]);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
}

export function readUnit(f: string, pos: number): UnitToken | null {
  byFirst ??= indexUnits();
  for (const [text, info] of byFirst.get(f[pos] ?? '') ?? []) {
    if (f.startsWith(text, pos) && !blocked(f, pos, text.length)) return { text, info, end: pos + text.length };
  }
  return null;
}

/** Time units that may take a trailing `半` (`一年半`) or `多` (`3年多`). */
const HALF_OR_MORE_UNITS = new Set(['年', '天', '小时', '个月', '个小时', '周', '个星期', '星期', '分钟', '秒', '圈', '倍']);
/** `多` after a time unit is an approximator only before a clause boundary or these words. */
const AFTER_MORE = /^(?:[来的了前后时以，。、；：！？,.;:!?）)\s]|$)/;

export interface UnitTail {
  end: number;
  approx: Approx | null;
  half: boolean;
}

/** `半`/`多` after a time unit, then a post-unit approximator (`左右 以上 以下 以内`…). */
/** Kinds of unit that take a trailing `半` as one half more (`四米半`, `两吨半`, `四成半`). */
const HALF_KINDS: ReadonlySet<string> = new Set(['physical', 'tenths', 'discount']);
/** `半` that starts a word of its own after the unit (`米半径`, `吨半年`, `成半数`). */
const HALF_WORD = /[径岛导年月天夜日时小个数壁边山程场价拍成岁票]/;

export function readUnitTail(f: string, unit: UnitToken | null, pos: number): UnitTail {
  let end = pos;
  let approx: Approx | null = null;
  let half = false;
  if (unit && HALF_KINDS.has(unit.info.kind) && f[end] === '半' && !HALF_WORD.test(f[end + 1] ?? '')) {
    half = true;
    end++;
  } else if (unit && HALF_OR_MORE_UNITS.has(unit.text)) {
    if (f[end] === '半') {
      half = true;
      end++;
    } else if (f[end] === '多' && AFTER_MORE.test(f.slice(end + 1, end + 2))) {
      approx = 'gt';
      end++;
    }
  }
  for (const [word, a] of POST_APPROX) {
    if (!f.startsWith(word, end)) continue;
    if (POST_APPROX_BLOCKERS.some((b) => f.startsWith(b, end))) break;
    approx ??= a;
    end += word.length;
    break;
  }
  return { end, approx, half };
}
