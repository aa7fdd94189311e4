import { foldToSimplified } from '../text';

/**
 * Pure parsers for the metadata lines of Chinese news pages: dateline → ISO 8601, 来源 line →
 * source, print line → print edition. Rules are written in Simplified and run on the folded
 * text (來源 → 来源); values are cut from the original text, which the fold never shifts.
 */

const pad = (n: string | number) => String(n).padStart(2, '0');

/** Beijing time: every outlet in scope shows China Standard Time without saying so. */
const OFFSET = '+08:00';

// `2019年06月15日08:18` (people.com.cn), `2024-05-13 06:03:00` (youth.cn), `2020年07月04日 12:10`
// (chinanews), and gov.cn's meta `2007-08-20-23:59:59`, hence the `-` allowed before the time.
const CJK_OR_ISO =
  /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)\s*日?(?:[\sT\-]*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?/;

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
// en.people.cn: `11:35, November 23, 2022`.
const EN_TIME_FIRST = /(\d{1,2}):(\d{2}),?\s+([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/;
const EN_DATE_FIRST = /([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/;

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function iso(y: string, m: string, d: string, h?: string, min?: string, s?: string): string | null {
  if (!validDate(Number(y), Number(m), Number(d))) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (h === undefined || min === undefined) return date;
  if (Number(h) > 23 || Number(min) > 59) return date;
  return `${date}T${pad(h)}:${min}${s !== undefined ? ':' + s : ''}${OFFSET}`;
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
}

/**
 * The first date in a dateline text, as ISO 8601 at the precision shown: minutes when the page
 * shows minutes (`2023-02-03T10:44+08:00`), seconds when it shows seconds, a bare date when it
 * shows no time. Null when there is no date.
 */
export function parseDateline(text: string | null | undefined): string | null {
  if (!text) return null;
  const folded = foldToSimplified(text).replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  const re = new RegExp(CJK_OR_ISO.source, 'g');
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const out = iso(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6]);
    if (out) return out;
  }
  const t = EN_TIME_FIRST.exec(folded);
  if (t) {
    const mi = monthIndex(t[3]!);
    if (mi >= 0) {
      const out = iso(t[5]!, String(mi + 1), t[4]!, t[1], t[2]);
      if (out) return out;
    }
  }
  const e = EN_DATE_FIRST.exec(folded);
  if (e) {
    const mi = monthIndex(e[1]!);
    if (mi >= 0) return iso(e[3]!, String(mi + 1), e[2]!, e[4], e[5]);
  }
  return null;
}

/**
 * The outlet named in a 来源 line: `2023年02月03日10:44 | 來源：人民日報客戶端` → `人民日報客戶端`,
 * `来源：\n 新华网` → `新华网`, `稿件来源： 河北日报`. The value stops at `|`, at a run of two or
 * more spaces or an ideographic space (chinanews: `12:10　来源：求是网`), or at a following label.
 * A text without a 来源 label is taken whole (a `.sourceText` element holds just the name).
 */
export function parseSource(text: string | null | undefined): string | null {
  if (!text) return null;
  const folded = foldToSimplified(text);
  const label = /来源\s*[:：]/.exec(folded);
  let start = 0;
  if (label) start = label.index + label[0].length;
  const rest = text.slice(start);
  const lead = rest.length - rest.trimStart().length;
  const body = rest.slice(lead);
  const stop = /\s*[|｜]|\s{2,}|\u3000|\s*(?:作者|责任编辑|编辑|选稿|审核|校对|记者|通讯员|撰稿|摄影|发稿时间|时间)[:：]|\s*\d{4}\s*[-年/.]\s*\d{1,2}|[\r\n]|$/.exec(
    foldToSimplified(body),
  );
  const value = body.slice(0, stop ? stop.index : body.length).trim();
  if (!value) return null;
  // A label-less text must itself look like a name, not a sentence.
  if (!label && (value.length > 30 || /[。，！？]/.test(value))) return null;
  return value;
}

const PRINT =
  /《\s*([^》]{1,20}?)\s*》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:第\s*)?(\d{1,3})\s*版\s*[）)]/;

/**
 * A print-reprint line: `《 人民日报 》（ 2024年05月10日   04 版）` (people.com.cn `#paper_num`)
 * or `《光明日报》（2024年05月20日&nbsp;03版）` (gmw) → `《人民日报》2024年05月10日 04版`.
 */
export function parsePrintEdition(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = PRINT.exec(foldToSimplified(text));
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const paper = text.slice(at, at + m[1]!.length);
  return `《${paper}》${m[2]}年${pad(m[3]!)}月${pad(m[4]!)}日 ${pad(m[5]!)}版`;
}

/** True when the whole line is a print-reprint line (and nothing else). */
export function isPrintLine(text: string): boolean {
  // Asked of every paragraph: without `《` (which only folds from itself: the fold maps Han
  // characters) there is nothing to fold and match.
  if (!text.includes('《')) return false;
  const m = PRINT.exec(foldToSimplified(text));
  return m !== null && text.trim().length - m[0].length <= 4;
}
