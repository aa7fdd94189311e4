import type { Span } from '../tokens';

/**
 * Tibetan names have no surname: a name is one or two name words of two characters each
 * (`尼玛`, `扎西次仁`, `央金拉姆`), so the Han name's shape (a surname, then one or two given-name
 * characters) never admits them, and jieba cuts them into unknown pieces (`央金/x 拉姆/nrt`,
 * `卓嘎说/x`). These are the common name words in their standard Chinese transcription.
 *
 * Source: the lists of Tibetan name words, their meanings and their use in the pages
 * https://touch.travel.qunar.com/bookElement/4938152/1024701-2 (names by weekday, by wish, from
 * Buddhist words, by sex), https://wanbiaoku.com/new/147ecfee44d447dda25c1775625be057 (names of
 * farmers and herders, four characters and their two-character short forms) and
 * http://glnlw.com/xiaohuagushi/po6yaars3j.html (the most common names). Left out: `江村` and
 * `德勒` (a Han word for a riverside village; the second half of the greeting `扎西德勒`).
 */
const NAME_WORDS: ReadonlySet<string> = new Set([
  // weekdays
  '尼玛', '达瓦', '达娃', '米玛', '拉巴', '普布', '巴桑', '边巴',
  // wishes and things
  '扎西', '次仁', '次旦', '格桑', '平措', '顿珠', '顿朱', '罗布', '洛桑', '白玛', '梅朵', '嘉措',
  '益希', '德吉', '旺堆', '多吉', '多杰', '才让', '单增', '琼培', '穷达', '索朗',
  // Buddhist words
  '土登', '丹巴', '降央', '强巴', '杰布', '丹增', '贡布', '晋美', '珠杰', '罗追',
  // women's names
  '卓玛', '拉姆', '旺姆', '卓嘎', '央金', '桑姆', '曲珍', '拉珍',
]);

/** The first characters of the name words: the scan passes every other character by. */
const FIRST_CHARS: ReadonlySet<string> = new Set(Array.from(NAME_WORDS, (w) => w[0]!));

/** What follows a name word that names a place, a plant, a building or a greeting, not someone. */
const NOT_NAME_AFTER = /^(?:县|乡|镇|村|寺|庙|山|峰|湖|错|河|沟|岛|泊|林卡|花|路|街|广场|宾馆|酒店|公司|合作社|学校|小学|中学|草原|牧场|大道|地区|德勒|们)/;
/** What stands before a place rather than a person (`在洛桑`, `赴尼玛`). */
const PLACE_BEFORE = /(?:在|于|从|到|至|去|往|赴|抵达|位于|经|途经)$/;

/** Whether `name` is made of one or two Tibetan name words. */
export function isTibetanName(name: string): boolean {
  if (name.length === 2) return NAME_WORDS.has(name);
  return name.length === 4 && NAME_WORDS.has(name.slice(0, 2)) && NAME_WORDS.has(name.slice(2));
}

/**
 * Every run of one or two name words, the longest at each place where a run begins (`扎西次仁`,
 * not `扎西` and `次仁`). Only a shape: the caller asks for the evidence a person needs (a post or
 * a role before it, a speech verb after it, a list of people it stands in).
 */
export function tibetanNameSpans(folded: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 2 <= folded.length; i++) {
    if (!FIRST_CHARS.has(folded[i]!) || !NAME_WORDS.has(folded.slice(i, i + 2))) continue;
    const end = NAME_WORDS.has(folded.slice(i + 2, i + 4)) ? i + 4 : i + 2;
    if (!NOT_NAME_AFTER.test(folded.slice(end, end + 2)) && !PLACE_BEFORE.test(folded.slice(Math.max(0, i - 2), i))) out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}
