import { foldToSimplified } from '../../text';
import type { TaggedToken } from '../tokens';
import { people } from './names';
import { organisations } from './organisations';
import { places } from './places';
import { slashesAsListMarks } from './slash-lists';
import type { NamedEntity, PeopleOptions, PeopleResult, Person } from './types';

export { isNameShape } from './name-shape';
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
  const orgs = organisations(text, folded, tokens, personAt);
  return {
    people: found.map((p) => withOwner(p, text, orgs)),
    organisations: orgs,
    places: places(text, folded, tokens, personAt),
  };
}

/**
 * A post is taken back to the organisation that owns it. Where the post found right before a
 * mention begins inside an organisation's name found there (`北京市疾病预防控制中心副主任王明华`: the
 * post read from `控制中心`), it begins where that name begins.
 */
function withOwner(p: Person, text: string, orgs: readonly NamedEntity[]): Person {
  const title = p.title;
  if (!title) return p;
  for (const m of p.mentions) {
    const at = m.start - title.length;
    if (at < 0 || text.slice(at, m.start) !== title) continue;
    for (const o of orgs) {
      for (const om of o.mentions) {
        if (!(om.start < at && om.end > at && om.end <= m.start)) continue;
        const whole = text.slice(om.start, m.start);
        const head = foldToSimplified(whole.slice(0, at - om.start));
        // Only a name cut inside (two characters or more left out), never a verb, a preposition or a
        // word of holding an office an organisation's span took in (请县林业局, 由市政府, 现任村党支部).
        if (head.length < 2 || /^(?:[请由在对向把将为给让被经据和与及同]|[现时曾原前担出兼新首历]任)/.test(head) || /[\s，,。；;：:、（）()“”《》]/.test(head)) continue;
        // …nor the rest of a date after its number (`26日晚公司`: the company is 公司's, the evening is when).
        if (/^[日月年时点号周]/.test(head) && /[0-9０-９]$/.test(text.slice(0, om.start)) ||
          /^[早晚午夜]/.test(head) && /[日号]$/.test(foldToSimplified(text.slice(Math.max(0, om.start - 1), om.start)))) continue;
        return { ...p, title: whole, titles: p.titles.map((t) => (t === title ? whole : t)) };
      }
    }
    return p;
  }
  return p;
}

