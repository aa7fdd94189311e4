/*
 * Passes that lengthen names already kept: a unit, a hospital's department, a works section named
 * right after its body, and a company's regional headquarters.
 */
import { type TaggedToken, tokenIndexAt } from '../tokens';
import { overlaps } from './lexicon';
import type { Candidate } from './org-candidates';
import { LEXICON } from './org-lexicon-spans';
import { CITY_NAMES } from './org-places';

/** A school's or a department's office named right after it, before its (former) head's title
 * (…大学招生/v 就业处/v 原/n 处长, …组织部党员教育中心副主任): the unit is a body; jieba reads its words
 * as verbs. */
export const UNIT_BEFORE_TITLE = /^(\p{Script=Han}{2,8}?(?:处|科|室|办公室|中心))(?=(?:原|前)?副?(?:处长|科长|主任))/u;

/** An institute's department before its head's title (…卫生监督所|职业与放射卫生监督部副部长): named by
 * two remits joined with 与 at times, which right before the title join no two bodies. */
const INSTITUTE_DEPARTMENT = /^(\p{Script=Han}{2,10}?部)(?=副?部长)/u;

export function extendUnitsBeforeTitles(folded: string, kept: Candidate[], taken: Uint8Array, personAt: Uint8Array): void {
  kept.forEach((c, n) => {
    if (/(?:研究所|监督所|检验所|检测所|管理所|研究院|设计院|中心)$/.test(folded.slice(c.start, c.end))) {
      const d = INSTITUTE_DEPARTMENT.exec(folded.slice(c.end, c.end + 14));
      const unit = d ? { start: c.end, end: c.end + d[1]!.length } : null;
      if (d && unit && !/[，。、；：的和及在是为了]/.test(d[1]!) && !overlaps(taken, unit) && !overlaps(personAt, unit)) {
        taken.fill(1, unit.start, unit.end);
        kept[n] = { start: c.start, end: unit.end };
        return;
      }
    }
    // (浙江省委组织部|党员教育中心副主任: a department's centre or office likewise.)
    if (!/(?:大学|学院|[部厅局]|[^党]委)$/.test(folded.slice(c.start, c.end))) return;
    const m = UNIT_BEFORE_TITLE.exec(folded.slice(c.end, c.end + 12));
    const span = m ? { start: c.end, end: c.end + m[1]!.length } : null;
    if (!m || !span || /[，。、；：的和与及在是为了]/.test(m[1]!) || overlaps(taken, span) || overlaps(personAt, span)) return;
    taken.fill(1, span.start, span.end);
    kept[n] = { start: c.start, end: span.end };
  });
}

/** A hospital's department named right after it, up to 科, before its staff or a pause
 * (呼吸/v 内科, 感染/v 科主任, 呼吸与危重症医学科). */
const HOSPITAL_DEPARTMENT = /^(\p{Script=Han}{1,8}?科)(?=副?主任|主治|医生|医师|护士|专家|副?教授|团队|病房|门诊|[，。、；）]|的)/u;

/** `…医院呼吸内科`: a hospital's department is a sub-body of its own, named whole (docs/people.md);
 * jieba tags its specialty a verb at times (呼吸, 感染), which ends a name read back from 科. */
export function extendHospitalDepartments(folded: string, kept: Candidate[], taken: Uint8Array, personAt: Uint8Array): void {
  kept.forEach((c, n) => {
    if (!folded.endsWith('医院', c.end)) return;
    const m = HOSPITAL_DEPARTMENT.exec(folded.slice(c.end, c.end + 12));
    if (!m || /^(?:学科|本科|专科|预科)$/.test(m[1]!) || /[的和在是为了]/.test(m[1]!)) return;
    const span = { start: c.end, end: c.end + m[1]!.length };
    if (overlaps(taken, span) || overlaps(personAt, span)) return;
    taken.fill(1, span.start, span.end);
    kept[n] = { start: c.start, end: span.end };
  });
}

/** A construction group's works section named after it (客专3标二分部, 3标项目部) and a railway
 * section's work area (…工务段正定工区): the chain is one unit, named whole. */
const WORKS_SECTION = /^(?:\p{Script=Han}{0,4}?[\d０-９一二三四五六七八九十]+标段?[\d０-９一二三四五六七八九十]*(?:分部|项目部|项目经理部|工区)|\p{Script=Han}{2,3}?工区)/u;

export function extendWorksSections(folded: string, kept: Candidate[], taken: Uint8Array, personAt: Uint8Array): void {
  kept.forEach((c, n) => {
    const m = WORKS_SECTION.exec(folded.slice(c.end, c.end + 14));
    if (!m || /[，。、；：的和与及在是为了]/.test(m[0]) || (m[0].endsWith('工区') && !/段$/.test(folded.slice(c.start, c.end)) && !m[0].includes('标'))) return;
    const span = { start: c.end, end: c.end + m[0].length };
    if (overlaps(personAt, span)) return;
    // A cut of the section found on its own (标二分部) gives way to the whole chain.
    for (let k = kept.length - 1; k >= 0; k--) if (k !== n && kept[k]!.start >= span.start && kept[k]!.end <= span.end) kept.splice(k, 1, { ...kept[k]!, end: -1 });
    taken.fill(1, span.start, span.end);
    kept[n] = { start: c.start, end: span.end };
  });
  for (let k = kept.length - 1; k >= 0; k--) if (kept[k]!.end < 0) kept.splice(k, 1);
}

/**
 * `中国人民银行上海总部`: a known body's headquarters for a city or a region, named right after it,
 * is that body's own unit (a lone 总部 is no head: it is a place, the head office).
 */
export function extendRegionalHeadquarters(folded: string, tokens: readonly TaggedToken[], kept: Candidate[], taken: Uint8Array): void {
  for (const c of kept) {
    const name = folded.slice(c.start, c.end);
    if (!(LEXICON.get(name[0] ?? '') ?? []).some((e) => e.form === name)) continue;
    const m = /^(\p{Script=Han}{2,3}?)总部/u.exec(folded.slice(c.end, c.end + 6));
    const place = tokens[tokenIndexAt(tokens, c.end)];
    if (!m || !(CITY_NAMES.has(m[1]!) || /^(?:华北|华东|华南|华中|西南|西北|东北)$/.test(m[1]!) ||
      (place?.start === c.end && place.end === c.end + m[1]!.length && place.tag === 'ns'))) continue;
    const end = c.end + m[0].length;
    if (overlaps(taken, { start: c.end, end })) continue;
    taken.fill(1, c.end, end);
    c.end = end;
    c.body = undefined;
  }
}
