import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { COMPANIES, INTERNATIONAL_BODIES, PARTIES } from './central-bodies';
import { FOREIGN_PLACES } from './foreign-places';
import { POST_AT_END, SPEECH_AT_START } from './lexicon';

// ---- Foreign names written in transliteration ------------------------------------------------

/** `是…的主席`: an office after 是, through a description and 的, closing the clause. */
const IS_OFFICE = /^是[\p{Script=Han}、]{1,24}?的(\p{Script=Han}{2,10}?)(?=[，,。；;！!？?\n]|$)/u;

/**
 * The characters Chinese uses to write foreign names by sound (阿, 斯, 特, 尔, 克, 拉…), from the
 * transliteration tables news agencies follow. A foreign name is a run of them; a Chinese word
 * seldom is, so the class tells `古特雷斯` apart from the verb after it (说, 表示, 提出).
 */
const SOUND_CHARS =
  '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查彻达戴丹道德迪蒂丁东杜多厄恩尔法范菲费芬丰夫福弗盖甘冈戈格根古' +
  '瓜圭哈海汉豪赫亨侯胡华怀惠霍基吉加贾杰金居卡凯坎康柯科克肯库夸奎昆拉莱兰朗劳勒雷里理利莉丽立列林琳隆龙卢鲁路伦' +
  '罗洛马玛迈麦曼芒毛梅门蒙米密敏莫墨默姆穆纳娜奈南内尼妮宁努诺欧帕潘佩彭皮普齐奇乔切琴丘萨塞赛桑瑟森沙莎善尚舍什' +
  '施史舒斯思松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休许亚雅扬耶伊因英尤于约泽扎詹兹佐茨赞娅黛' +
  '琪露蕾薇丝芙琼萝茜佳敦翰勃歇逊邓瑞汀斐伽珀珊贡弥缪娃蓓蕊黎澳赖蓬庞卓纽岱妲柏杨登连京让涅' +
  // Common in the names of statesmen and scholars (克林顿, 亨廷顿, 叶利钦, 穆罕默德).
  '顿廷钦叶罕';
const SOUND = new Set(SOUND_CHARS);
/**
 * Characters the Uyghur, Kazakh, Tibetan and Mongolian names of China's citizens are written with
 * (阿不都热西提, 买买提, 吐尔逊, 达瓦, 曲珍) that are too common in plain words to count
 * as sounds on their own: they count only inside a name already joined by a dot.
 */
const MINORITY_SOUND = new Set('不都热买木铁吐力孜乎来音朝其义沛晋美庆曲珍才鼎则江汗然吾尕洛措央卓嘎次仁平拉强巴加措');
const isSound = (ch: string | undefined) => ch !== undefined && SOUND.has(ch);
/** The separators inside a transliterated name: every middle dot in use, and hyphens. */
const DOTS = '·・•‧･';
// A Latin initial may stand between two dots (朱利安·X·尼尔斯, 约翰·F.·肯尼迪).
// A full stop typed for the dot between two Han parts (雷夫.爱斯基斯) joins them as a hyphen does:
// such a name needs a post before it too.
const DOTTED = new RegExp(`\\p{Script=Han}+(?:[${DOTS}\\-‐－—.．](?:[A-Z]\\.?[${DOTS}])?\\p{Script=Han}+)+`, 'gu');
const INITIAL = /^[A-Z]\.?$/;
const SEPARATOR = new RegExp(`[${DOTS}\\-‐－—.．]`);
/** A middle dot of any of the forms in use (`ALL_DOTS` finds every one, for folding them). */
const A_DOT = new RegExp(`[${DOTS}]`);
const ALL_DOTS = new RegExp(`[${DOTS}]`, 'g');
/** Where a name splits into its parts: the dots and hyphens, and a full stop only between Han. */
const PART_SPLIT = new RegExp(`[${DOTS}\\-‐－—]|(?<=\\p{Script=Han})[.．](?=\\p{Script=Han})`, 'u');

/** Bodies whose names are transliterations too (哈马斯, 塔利班): never a person. */
const KNOWN_BODIES = new Set([...INTERNATIONAL_BODIES, ...PARTIES, ...COMPANIES].flat());

export interface ForeignSpan extends Span {
  /** Separated by dots: the name is evidence of a person in itself. */
  dotted: boolean;
  /** A name in Han characters of no Chinese shape (岸田文雄), between a post and a speech verb. */
  between?: boolean;
  /** A word jieba tags as a transliterated name right after a post (部长/多吉才让/nrt): its shape
   * is the dictionary's word, not checked again. */
  byPost?: boolean;
}

/** Whether a folded string has the shape of a transliterated name: sound characters, maybe
 * joined by dots and hyphens (`约翰·米勒-怀特`), 2–20 characters. */
export function isForeignShape(name: string): boolean {
  if (name.length < 2 || name.length > 20 || (name.length === 2 && name[0] === name[1])) return false;
  const parts = name.split(PART_SPLIT);
  if (parts.some((p) => p.length === 0 || (!isHanWord(p) && !INITIAL.test(p)))) return false;
  if (parts.length === 1) return [...name].every((ch) => SOUND.has(ch));
  // An initial stands only between two Han parts.
  if (INITIAL.test(parts[0]!) || INITIAL.test(parts[parts.length - 1]!)) return false;
  // Half sound characters at least: a part jieba knows whole may hold others (泰穆尔, 福山, 施耐德),
  // and common given names are written with characters of other words (大卫·卡梅伦,
  // 亚历山大·彼得罗夫); the dot already marks the parts of a name.
  const chars = parts.filter((p) => !INITIAL.test(p)).join('');
  return [...chars].filter((ch) => isSound(ch) || MINORITY_SOUND.has(ch)).length * 2 >= chars.length;
}

/** Whether every character of a word is one a transliterated or a minority citizen's name is
 * written with (巴音朝鲁): for a word right after a post, where the post already marks a name. */
export function soundsLikeName(word: string): boolean {
  return word.length > 0 && [...word].every((ch) => isSound(ch) || MINORITY_SOUND.has(ch));
}

/** Folds every middle-dot variant to `·`, for grouping names written with different dots. */
export function foldDots(name: string): string {
  return name.replace(ALL_DOTS, '·');
}

/** A post of Japan's, the country opening its clause's post (日本首相, 日本内阁官房长官). */
const JAPANESE_POST = /日本[^，,。；;：:、\s“”]{1,10}$/u;
/** Function characters no Japanese name is written with; unlike Chinese names', numerals and 那 are
 * (诚二, 晋三, 那津男). */
const NOT_IN_JAPANESE_NAME = /[的了是在和与及或这其之为也都就还不没很最更么吗呢吧啊着过把被让从向对将于等个年日时分第我你他她它们说到]/u;
/** The usual last characters of Japanese given names (一郎, 那津男, 晋三, 阳子, 康介). */
const JAPANESE_GIVEN_END = /^[男郎子夫雄三介彦树太美代也]$/u;
/** A Japanese family name of two characters by its usual last character (佐藤, 山田, 中村, 小泽). */
const JAPANESE_FAMILY = /^\p{Script=Han}[本田野村藤井口木原泽崎岛部川]$/u;

/** The parts of a dotted name (`哈立德·泰穆尔·阿克拉姆` → 哈立德, 泰穆尔, 阿克拉姆). */
export function foreignParts(name: string): string[] {
  return name.split(PART_SPLIT).filter(Boolean);
}

/** Tags of a whole transliterated name (jieba's own nrt, a name, an unknown word). */
const FOREIGN_TAGS = /^(?:nr|nrt|x)$/;
/** The day an act took place, between a name and the act (普京当天签署…). */
export const DAY_WORD = /^(?:当天|当日|日前|近日|今天|昨天|同日|次日|随后|此前)/;
/** Acts only a leader or a person performs, said right after a name. */
const LEADER_ACT = new RegExp(`^(?:${SPEECH_AT_START.source.slice(1)}|签署|宣布|会见|会晤|访问|出席|抵达|致电|通电话|发表讲话|发表声明)`);

/** Tags jieba gives the parts of a foreign name it knows. */
const NAME_PART_TAGS = /^(?:nr|nrt|nrfg|ns|x)$/;

const boundaryAt = (tokens: readonly TaggedToken[], at: number) => {
  const k = tokenIndexAt(tokens, at);
  return k >= tokens.length || tokens[k]!.start === at;
};

/** A foreign city between a reporter and the verb of his dispatch (记者莫斯科报道, 记者莫斯科１月５日电):
 * no one's name. */
export function isDispatchPlace(folded: string, t: Span): boolean {
  // Written by sound: a reporter's own name is Han (本报记者陈宇航报道).
  return [...folded.slice(t.start, t.end)].every(isSound) && /(?:记者|特派员|通讯员)$/.test(folded.slice(Math.max(0, t.start - 3), t.start)) &&
    /^(?:[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)?(?:报道|专电|电|讯)/.test(folded.slice(t.end, t.end + 12));
}

/** A post ending right before `start` in the folded text, looking a few characters back. */
const postBefore = (folded: string, start: number) => POST_AT_END.test(folded.slice(Math.max(0, start - 12), start));

/**
 * Transliterated names: every run of Han words joined by middle dots (`米歇尔・布兰`), cut on the
 * sound class at both ends so the post before it and the verb after it stay out; and a single
 * run of sound characters right after a post (`联合国秘书长古特雷斯`, `首席执行官施密特说`),
 * ending where jieba ends a word.
 */
/** A one-character word that opens what follows a name (在, 说, 是, 表…), which jieba's HMM may glue to it. */
const GLUED_AFTER_NAME = /[在说是表称指认介曾也还就对向将从于为等和与的]/;

export function foreignCandidates(folded: string, tokens: readonly TaggedToken[]): ForeignSpan[] {
  const out: ForeignSpan[] = [];
  DOTTED.lastIndex = 0;
  for (let m = DOTTED.exec(folded); m; m = DOTTED.exec(folded)) {
    // Hyphens alone join other things too (中－拉): such a name needs a post before it (让-皮埃尔).
    const hyphenOnly = !A_DOT.test(m[0]);
    const dotAt = (from: number, dir: 1 | -1) => {
      for (let k = from; k >= m!.index && k < m!.index + m![0].length; k += dir) if (SEPARATOR.test(folded[k]!)) return k;
      return -1;
    };
    const firstDot = dotAt(m.index, 1);
    let start = firstDot;
    let end = m.index + m[0].length;
    // A minority name's characters count here too: the dot already marks a name (买买提托乎提·阿孜).
    while (start > m.index && (isSound(folded[start - 1]) || MINORITY_SOUND.has(folded[start - 1]!))) start--;
    // A post may end in a sound character (总理, 主席): the name begins after it.
    for (let k = Math.min(3, firstDot - start - 1); k >= 1; k--) {
      if (POST_AT_END.test(folded.slice(Math.max(0, start - 6), start + k))) {
        start += k;
        break;
      }
    }
    const lastDot = dotAt(end - 1, -1);
    let cut = lastDot + 1;
    while (cut < end && (isSound(folded[cut]) || MINORITY_SOUND.has(folded[cut]!))) cut++;
    end = cut;
    // 威克/nrt 利在/x: the HMM glued the word after the name to its last sound character; the name
    // ends before that word's first character, as the sound characters say.
    const across = tokens[tokenIndexAt(tokens, cut - 1)];
    // …also when the HMM read more of the last part with it (特斯/nrt 法兹吉说/x): a word that opens after the dot.
    const gluedAfter = across !== undefined && across.tag === 'x' && across.start > lastDot && across.end === cut + 1 &&
      GLUED_AFTER_NAME.test(folded[cut] ?? '');
    while (!gluedAfter && end > lastDot + 1 && !boundaryAt(tokens, end)) end--;
    if (end <= lastDot + 1) end = cut;
    // jieba knows many name parts whole (施耐德/nr, 福山/ns): take the word it read, whatever its
    // characters, at either end.
    const lastWord = tokens[tokenIndexAt(tokens, lastDot + 1)];
    if (lastWord && lastWord.start === lastDot + 1 && NAME_PART_TAGS.test(lastWord.tag) && lastWord.end - lastWord.start <= 6) end = Math.max(end, lastWord.end);
    const firstWord = tokens[tokenIndexAt(tokens, firstDot - 1)];
    // …and a common noun of two to four characters right before the dot (大卫/n·卡梅伦).
    if (firstWord && firstWord.end === firstDot && (NAME_PART_TAGS.test(firstWord.tag) ? firstWord.end - firstWord.start <= 6 :
      firstWord.tag === 'n' && firstWord.end - firstWord.start >= 2 && firstWord.end - firstWord.start <= 4) &&
      !POST_AT_END.test(folded.slice(firstWord.start, firstWord.end))) start = Math.min(start, firstWord.start);
    // A last part jieba split in two before a list's 、 or an ethnicity's bracket is whole up to it
    // (珠康·土登/ns 克珠/x（藏族）、).
    const rest = /^\p{Script=Han}{1,2}(?=[（(、])/u.exec(folded.slice(end, end + 3))?.[0];
    if (rest && boundaryAt(tokens, end) && boundaryAt(tokens, end + rest.length) && !/[说称讲等和与及的了是在]/.test(rest)) end += rest.length;
    // …and an unknown word right after a last part cut short, where the HMM read a sound character apart
    // (佩通坦·西/f 那瓦/x 当天): half its characters sounds, none a particle or a verb it glues to names.
    const unknownAfter = tokens[tokenIndexAt(tokens, end)];
    if (unknownAfter && unknownAfter.start === end && unknownAfter.tag === 'x' && end - lastDot - 1 <= 2 && unknownAfter.end - unknownAfter.start <= 3 &&
      isHanWord(unknownAfter.word) && !GLUED_AFTER_NAME.test(unknownAfter.word) &&
      [...folded.slice(unknownAfter.start, unknownAfter.end)].filter((ch) => isSound(ch)).length * 2 >= unknownAfter.end - unknownAfter.start) end = unknownAfter.end;
    const name = folded.slice(start, end);
    // A quoted or titled name is a thing named after someone (a satellite “图帕克·卡塔里”星).
    const quoted = /[“「《]/.test(folded[start - 1] ?? '') && /[”」》]/.test(folded[end] ?? '');
    if (hyphenOnly && !postBefore(folded, start)) continue;
    if (!quoted && foreignParts(name).length >= 2 && name.length >= 4 && isForeignShape(name)) out.push({ start, end, dotted: true });
  }
  for (const [index, t] of tokens.entries()) {
    // jieba's own tag for a transliterated name (普京/nrt), in sound characters: a candidate that
    // still needs evidence (a speech verb, a post, a list).
    const word = folded.slice(t.start, t.end);
    if (KNOWN_BODIES.has(word) || isDispatchPlace(folded, t)) continue;
    // A transliteration opening its clause whose last piece jieba glued to the 是 after it (卢比/nrt 奥是/x,
    // 马克/nr 龙是/x), when 是 gives him an office that closes the clause (`…是参议院外交关系委员会的主席。`):
    // the office is the evidence of a person, as a verb of saying is.
    const glued = tokens[index + 1];
    if (/^(?:nrt|nr|x|ns)$/.test(t.tag) && glued?.start === t.end && glued.tag === 'x' && glued.end - glued.start >= 2 &&
      folded[glued.end - 1] === '是' && (t.start === 0 || /[。，,；;！!？?\n：:]/.test(folded[t.start - 1]!))) {
      const name = folded.slice(t.start, glued.end - 1);
      const office = IS_OFFICE.exec(folded.slice(glued.end - 1, glued.end + 40));
      if (name.length >= 3 && name.length <= 6 && [...name].every(isSound) && !FOREIGN_PLACES.has(name) && !KNOWN_BODIES.has(name) && office && POST_AT_END.test(office[1]!)) {
        out.push({ start: t.start, end: glued.end - 1, dotted: false });
        continue;
      }
    }
    if (FOREIGN_TAGS.test(t.tag) && [...word].every(isSound)) {
      // jieba may split one transliteration into name-tagged pieces (泽/nr 连斯基/nr): join them.
      let k = index;
      if (k > 0 && tokens[k - 1]!.end === t.start && FOREIGN_TAGS.test(tokens[k - 1]!.tag) && [...folded.slice(tokens[k - 1]!.start, t.start)].every(isSound)) continue;
      let end = t.end;
      while (tokens[k + 1] && tokens[k + 1]!.start === end && FOREIGN_TAGS.test(tokens[k + 1]!.tag) &&
        [...folded.slice(tokens[k + 1]!.start, tokens[k + 1]!.end)].every(isSound) && tokens[k + 1]!.end - t.start <= 6) end = tokens[++k]!.end;
      // …or a last sound character it split off as a word of another class, no particle (斯塔/nrt 默/z 与…,
      // 格罗/nrt 西/f: a direction word).
      const last = tokens[k + 1];
      // (…or an adverb: 莱维/nrt 特/d 在…, the sound character 特 read as 'specially'.)
      if (last && last.start === end && last.end - last.start === 1 && isSound(folded[last.start]) && /^(?:z|ng|n|b|j|a|x|f|d)$/.test(last.tag) &&
        last.end - t.start <= 6 && !isSound(folded[last.end])) end = last.end;
      const run = folded.slice(t.start, end);
      if (run.length >= 2 && run.length <= 6 && (t.tag !== 'x' || run.length >= 3) && !KNOWN_BODIES.has(run)) {
        out.push({ start: t.start, end, dotted: false });
        continue;
      }
    }
    // A place word jieba also uses for a person (普京/ns) counts after a post only before a speech verb,
    // or, from three characters on, where a person's clause goes on (院长丹尼斯的陪同, 议长法比尤斯和外长…);
    // never after a reporter, whose place word is where he files from (记者莫斯科报道).
    const clauseGoesOn = word.length >= 3 && /^(?:ns|nz)$/.test(t.tag) && /^(?:的|和|与|、|，|,|。|等|在|[0-9０-９]|日前|近日)/.test(folded.slice(t.end, t.end + 2)) &&
      !/(?:记者|特派员|通讯员|编辑)$/.test(folded.slice(Math.max(0, t.start - 4), t.start));
    if ((t.tag === 'ns' || clauseGoesOn) && [...word].every(isSound) && postBefore(folded, t.start) &&
      (clauseGoesOn || SPEECH_AT_START.test(folded.slice(t.end, t.end + 4)))) {
      out.push({ start: t.start, end: t.end, dotted: false });
      continue;
    }
    // A leader's name jieba reads as a place or leaves unknown (普京/ns, 莫迪/x), with no post before
    // it: a transliteration's sound characters, no country or city of the closed list, and right
    // after it, maybe after the day, what only a person does: speaking, signing, meeting, visiting.
    if ((t.tag === 'ns' || t.tag === 'x') && word.length >= 2 && word.length <= 4 && [...word].every(isSound) && !FOREIGN_PLACES.has(word) &&
      LEADER_ACT.test(folded.slice(t.end, t.end + 8).replace(DAY_WORD, ''))) {
      out.push({ start: t.start, end: t.end, dotted: false });
      continue;
    }
    // …or one glued to 在 before the place where it spoke (卢拉在/x 巴西利亚说).
    if (t.tag === 'x' && word.length >= 3 && word.length <= 5 && word.endsWith('在') && [...word.slice(0, -1)].every(isSound) &&
      !FOREIGN_PLACES.has(word.slice(0, -1)) && /^在\p{Script=Han}{2,8}?(?:说|表示|指出|强调|宣布|发表讲话)/u.test(folded.slice(t.end - 1, t.end + 12))) {
      out.push({ start: t.start, end: t.end - 1, dotted: false });
      continue;
    }
    // …or one glued to the 说 of its speech, before a pause (托尼说/x，, 萨比/nrt 赫说/x，): the HMM read the
    // verb with the name's last sounds; the name is the run of sound characters before it, with the
    // sound words jieba read right before, opening its clause.
    if (t.tag === 'x' && word.length >= 2 && word.endsWith('说') && /^[，,：:]/.test(folded[t.end] ?? '')) {
      let start = t.start;
      for (let k = index - 1; k >= 0 && tokens[k]!.end === start && /^(?:nr|nrt|x)$/.test(tokens[k]!.tag) &&
        [...tokens[k]!.word].every(isSound) && t.end - 1 - tokens[k]!.start <= 6; k--) start = tokens[k]!.start;
      const name = folded.slice(start, t.end - 1);
      if (name.length >= 2 && name.length <= 6 && [...name].every(isSound) && !FOREIGN_PLACES.has(name) && !KNOWN_BODIES.has(name) &&
        (start === 0 || /[\p{P}\s]/u.test(folded[start - 1]!))) {
        out.push({ start, end: t.end - 1, dotted: false });
        continue;
      }
    }
    // A Japanese name jieba cut in two words of two characters (大臣/西村/ns 康介/x 表示), right after a
    // post of Japan's, or after any post when the first word ends as Japanese family names do
    // (组合长/佐藤/nrt 喜成/x): the surname and the given name, one name of four characters.
    const second = tokens[index + 1];
    if (word.length === 2 && second?.start === t.end && second.end - second.start === 2 && /^(?:x|n|ns|nr|nrt|ng)$/.test(t.tag) &&
      /^(?:x|n|nr|nrt|ng)$/.test(second.tag) && isHanWord(word + second.word) && !NOT_IN_JAPANESE_NAME.test(folded.slice(t.start, second.end)) &&
      postBefore(folded, t.start) && (JAPANESE_POST.test(folded.slice(Math.max(0, t.start - 14), t.start)) || JAPANESE_FAMILY.test(word)) &&
      (t.tag === 'x' || second.tag === 'x')) {
      // A given name's last character jieba left on its own (山口/ns 那津/x 男/n 表示) ends the name.
      const third = tokens[index + 2];
      const lone = third?.start === second.end && third.end - third.start === 1 && /\p{Script=Han}/u.test(third.word);
      if (!lone) {
        out.push({ start: t.start, end: second.end, dotted: false, between: true });
        continue;
      }
      if (JAPANESE_GIVEN_END.test(third.word) && SPEECH_AT_START.test(folded.slice(third.end, third.end + 4))) {
        out.push({ start: t.start, end: third.end, dotted: false, between: true });
        continue;
      }
    }
    // A Japanese or Korean name jieba did not know (外相上川阳子表示): one unknown word of three or
    // four characters, right after a post and right before a speech verb.
    // Or one of four characters whatever follows, when the post is Japan's own (日本首相岸田文雄计划…):
    // a Japanese name is mostly four characters and no Chinese name is.
    if ((t.tag === 'x' || t.tag === 'nr') && word.length >= 3 && word.length <= 4 && postBefore(folded, t.start) &&
      (SPEECH_AT_START.test(folded.slice(t.end, t.end + 4)) || (word.length === 4 && isHanWord(word) && JAPANESE_POST.test(folded.slice(Math.max(0, t.start - 14), t.start))))) {
      out.push({ start: t.start, end: t.end, dotted: false, between: true });
      continue;
    }
    // jieba's own tag for a transliterated name, right after a post, whatever its characters
    // (部长/多吉才让/nrt): the post vouches for it.
    if (t.tag === 'nrt' && word.length >= 3 && word.length <= 6 && isHanWord(word) && postBefore(folded, t.start) && !KNOWN_BODIES.has(word)) {
      out.push({ start: t.start, end: t.end, dotted: false, byPost: true });
      continue;
    }
    // A place word after a post is where the post holder went (记者罗马报道), not who he is.
    if (!isSound(folded[t.start]) || !postBefore(folded, t.start) || t.tag === 'ns') continue;
    let end = t.start;
    while (end < folded.length && end - t.start < 6 && isSound(folded[end])) end++;
    while (end - t.start >= 2 && !boundaryAt(tokens, end)) end--;
    if (end - t.start < 2 || isSound(folded[end])) continue;
    out.push({ start: t.start, end, dotted: false });
  }
  return out;
}
