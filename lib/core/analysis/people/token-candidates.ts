/** Names read from jieba's tokens: words tagged as names or unknown, and the names jieba cut apart or
 * glued to the next word. Apart from names.ts as the largest finder, with the word lists only it uses. */
import { foldToSimplified } from '../../text';
import { isHanWord, tokenIndexAt, type TaggedToken } from '../tokens';
import { COMPOUND_SURNAMES, POST, POST_AT_END, SPEECH_AT_START, SURNAMES } from './lexicon';
import { FOREIGN_PLACES } from './foreign-places';
import { CITY_NAMES } from './org-places';
import { GIVEN_NAME_CHARS, SURNAME_MOSTLY } from './given-names';
import { HONORIFIC } from './posts';
import { soundsLikeName } from './transliteration';
import { goesOnAfterName, NOT_LAST_OF_CUT_NAME } from './looser-shapes';
import type { Candidate } from './name-candidate';
import { postText, boundary } from './name-context';
import { NOT_IN_LONG_NAME, JAPANESE_GIVEN_END, isLongNameShape } from './name-repeats';
import { isNameShape } from './name-shape';

/** Adverbs the HMM glues after a name of three with the verb they qualify (李泽政常带/x 着). */
const GLUED_ADVERB = /[常也都就还又正曾才便已将总]/;
/** Characters that start the verb the HMM glues to a given name (松任 in 吕岩松任副组长). */
const GLUED_VERB = /[任说在是和将曾也就还为等出到来去向对与把被给表指称]/;

/** Adverbs that may follow a person's surname when a post names them by surname alone
 * (王局长 is usual, 局长王 is not, but the words must still not be read as a given name). */
export const MANNER_ADVERB = /^(?:再次|一直|多次|始终|亲自|立即|随即|当即|已经|正在|曾经|一再|依然|仍然|同时|马上|一起|一同|共同|先后|分别|特别|非常|十分|高度|全面|认真|积极|主动|专门|率先|还是|就是|也是|都是|不断|逐步|及时|首先|随后|然后|最后|明确|充分|深入|反复)$/;

/** What follows a person's name only, never a place's (钟南山院士, not 南开校长). */
const HONORIFIC_AFTER = /^(?:院士|教授|总书记|同志|先生|女士)/;

/** The first characters of the compound surnames, to look for one cheaply. */
const COMPOUND_FIRST: ReadonlySet<string> = new Set(COMPOUND_SURNAMES.map((s) => s[0]!));

/** What closes a name's clause right after it: a pause, or a reporter's 报道 or 摄. */
const CLAUSE_CLOSE = /^(?:[，,。；;、）)]|报道|摄)/;
/** A pause, 报道 or 摄 within the next characters after a name of two or three. */
const CLOSE_AT = /^\p{Script=Han}{0,1}(?:[，,。；;、）)]|报道|摄)/u;

/** A line's opening that is a role and nothing else, right before a speaker's name (`居民`, `社区党委书记`). */
const SPEAKER_ROLE_LINE = new RegExp(`(?:^|\\n)[ \\t\\u3000]*\\p{Script=Han}{0,10}${POST}$`, 'u');

/** A deputy's or a member's line in a page of views from the sessions, ending after the name
 * (`…实验室主任  魏源送委员`): 代表 or 委员 closes the name as a pause does. */
const DEPUTY_LINE_END = /^(?:代表|委员)[ \t\u3000]*(?:\n|$)/;

/** A result after 以: a score (11比10), a time or a weight (9秒83, 210公斤), or the word for it (总成绩). */
const RESULT_AFTER = /^(?:总成绩|总分|[0-9０-９.]+(?:比[0-9０-９]+|秒|分[0-9０-９]|公斤|kg|米|环))/u;

/** Name candidates from jieba's tokens: nr/x words, and a surname tagged nr glued to the next
 * one or two short tokens (彭/nr 铁军/n → 彭铁军). */
export function tokenCandidates(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, unknown: boolean) =>
    out.push({ start, end, title: null, evidence: false, unknown });
  tokens.forEach((t, i) => {
    if (!isHanWord(t.word)) return;
    const isName = t.tag === 'nr' || t.tag === 'nrfg' || t.tag === 'nrt';
    // 县长/李明作/x 报告: the HMM glued the verb of making a report or a speech to the name after
    // a post; the name is the word without it.
    const next = tokens[i + 1];
    if ((isName || t.tag === 'x') && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '作' && next?.start === t.end &&
      /^(?:工作|政府|报告|讲话|发言|说明|部署|总结|动员|重要|批示|指示)/.test(next.word) && POST_AT_END.test(postText(folded, t.start))) {
      add(t.start, t.end - 1, t.tag === 'x');
      return;
    }
    // …or glued it with the name's last character into a word of its own (省长/张国/x 清作/x 工作报告): the
    // name is the word before and that character.
    const after = tokens[i + 2];
    if ((isName || t.tag === 'x') && t.word.length === 2 && next?.start === t.end && next.tag === 'x' && next.word.length === 2 && folded[next.end - 1] === '作' &&
      after?.start === next.end && /^(?:工作|政府|报告|讲话|发言|说明|部署|总结|动员|重要|批示|指示)/.test(folded.slice(after.start, after.start + 2)) &&
      isNameShape(folded.slice(t.start, next.start + 1)) && POST_AT_END.test(postText(folded, t.start))) add(t.start, next.start + 1, true);
    // `主任/何立峰` read as 委主/x 任何/r 立峰/x: 任何 (any) took the post's last character and the
    // surname; the name is 何 and the word after it.
    if (t.word === '任何' && t.tag === 'r' && folded[t.start - 1] === '主' && next?.start === t.end && !/^(?:p|c|u|uj|ul|uv|ud|f|r|m|q|v|vn)$/.test(next.tag) &&
      next.word.length >= 1 && next.word.length <= 2 && isHanWord(next.word)) add(t.start + 1, next.end, false);
    // A surname jieba tags a morpheme (刘/zg 洪涛/nr) before a given name it knows as a name.
    if (/^(?:zg|ng)$/.test(t.tag) && t.word.length === 1 && SURNAME_MOSTLY.has(t.word) && next?.start === t.end && /^(?:nr|nrfg)$/.test(next.tag) &&
      next.word.length <= 2 && isHanWord(next.word)) add(t.start, next.end, false);
    // `李华任/x 县委副书记、县长。`: the HMM glued 任 of taking an office to the name before the office.
    if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '任' && next?.start === t.end) {
      const office = /^[^，,。；;\n]{2,40}?(?=[，,。；;\n]|$)/.exec(folded.slice(t.end, t.end + 41))?.[0] ?? '';
      if (POST_AT_END.test(office)) add(t.start, t.end - 1, true);
    }
    // `秘书长/吕特访/x 基辅`: the HMM glued the verb of visiting to a name after a post; the name is the
    // word without it, and the word with it is no one.
    const visits = t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '访' && next?.start === t.end &&
      isHanWord(next.word) && POST_AT_END.test(postText(folded, t.start));
    if (visits) add(t.start, t.end - 1, true);
    // 张大/nr 琪/g 说: jieba knows the surname and the first given character as a name and leaves the
    // last character a morpheme; before a verb the three are one name.
    const tail = tokens[i + 2];
    if (t.tag === 'nr' && t.word.length === 2 && next?.start === t.end && next.word.length === 1 && /^(?:g|ng|zg)$/.test(next.tag) &&
      isNameShape(folded.slice(t.start, next.end)) && tail?.start === next.end && /^(?:v|vd)$/.test(tail.tag)) add(t.start, next.end, false);
    // 会见魏凤/x 和/c 。: a 和 between a name and the end of its clause joins nothing; it ends the name.
    if ((isName || t.tag === 'x') && t.word.length === 2 && next?.start === t.end && next.word === '和' &&
      (tail === undefined ? next.end === folded.length : tail.start === next.end && /^[。，,；;！!？?）)”]/.test(tail.word))) {
      add(t.start, next.end, t.tag === 'x');
      out[out.length - 1]!.endsInHe = true;
    }
    if ((isName || t.tag === 'x') && t.word.length >= 2 && t.word.length <= 4 && !visits) {
      add(t.start, t.end, t.tag === 'x');
      if (isName) out[out.length - 1]!.dictName = true;
    }
    // A word of four or five the dictionary tags a name, of a long name's shape (安倍晋三/nr): only its
    // repetition decides (namedLongAndOften).
    if (isName && t.word.length >= 4 && t.word.length <= 5 && isLongNameShape(foldToSimplified(t.word))) {
      add(t.start, t.end, false);
      out[out.length - 1]!.long = true;
    }
    // Right after a post, a compound surname opens a name of three or four whatever jieba made of it
    // (记者/欧阳/ns 晓光/x, 党委书记/欧阳/ns 红/a，): the name ends where a word ends and its clause
    // closes or goes on.
    const compound = COMPOUND_FIRST.has(folded[t.start]!) ? COMPOUND_SURNAMES.find((cs) => folded.startsWith(cs, t.start)) : undefined;
    if (compound && t.start === (tokens[i - 1]?.end ?? -1) && POST_AT_END.test(postText(folded, t.start))) {
      for (const len of [4, 3]) {
        const end = t.start + len;
        if (end > folded.length || !isHanWord(folded.slice(t.start, end)) || !boundary(tokens, end) || tokens[tokenIndexAt(tokens, end - 1)]!.start < t.start) continue;
        if (!/^(?:[，,。；;：:、）)\s]|$)/.test(folded.slice(end, end + 1)) && !SPEECH_AT_START.test(folded.slice(end, end + 4)) && !/^(?:报道|摄)/.test(folded.slice(end, end + 2))) continue;
        add(t.start, end, false);
        out[out.length - 1]!.byPost = true;
        break;
      }
    }
    // …or the last character of the post before it (传承/v 人陆艳玉/x 说): the post's word and that character
    // make a post, and the rest has a name's shape.
    if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && i > 0 && tokens[i - 1]!.end === t.start &&
      POST_AT_END.test(folded.slice(tokens[i - 1]!.start, t.start + 1)) && isNameShape(folded.slice(t.start + 1, t.end)) &&
      !POST_AT_END.test(folded.slice(tokens[i - 1]!.start, tokens[i - 1]!.end))) add(t.start + 1, t.end, true);
    // …or glues a preposition before a name it knows (由李强/nr 主持, 向王明/x): the name after it,
    // which still needs evidence of its own.
    if ((isName || t.tag === 'x') && t.word.length >= 3 && t.word.length <= 4 && /[由向对与同和跟被给让请]/.test(folded[t.start]!) &&
      isNameShape(folded.slice(t.start + 1, t.end))) add(t.start + 1, t.end, t.tag === 'x');
    // After a post, a transliterated name jieba split before its sound word (主席/冯德/x 莱恩/nrt,
    // 总理/朔/j 尔茨/nrt): the pieces are one name, which the post vouches for.
    const prev = tokens[i - 1];
    if (t.tag === 'nrt' && prev && prev.end === t.start && isHanWord(prev.word) && prev.word.length <= 2 &&
      !/^(?:p|c|u|uj|ul|d|v|vn|r|f|m|q|t|a|ad)$/.test(prev.tag) && !/^[的了和与及在是]$/.test(prev.word) && POST_AT_END.test(postText(folded, prev.start))) {
      add(prev.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    // jieba's dictionary reads a few full names as time words (周恩来/t): a candidate like any other.
    if (t.tag === 't' && t.word.length === 3 && SURNAMES.has(folded[t.start]!)) add(t.start, t.end, false);
    if (t.tag === 'x' && t.word.length >= 3 && /[说的了]/.test(folded[t.end - 1]!)) {
      add(t.start, t.end - 1, true); // 陈灿说/x, 陆聿的/x: the HMM glued the next word to the name
    } else if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && /[在为时用]/.test(folded[t.end - 1]!) &&
      POST_AT_END.test(postText(folded, t.start))) {
      // 成员/左藤惠为/x 代表: right after a post; so are 时 of the time something was done to him
      // (看望…出版家/宋木文时/x，) and 用 of the means he uses (副社长/陆昱用/x “…”四个字评价). (A word the
      // dictionary knows whole keeps its last character: 副部长/刘山在/nr is a given name 山在.)
      add(t.start, t.end - 1, true);
    }
    // `市民/李泽政常带/x 着孩子`: after a post, the HMM glued an adverb and maybe its verb to a name of three;
    // the name is the first three, a listed surname and a name's shape.
    if (t.tag === 'x' && t.word.length >= 4 && t.word.length <= 5 && GLUED_ADVERB.test(folded[t.start + 3]!) && SURNAME_MOSTLY.has(folded[t.start]!) &&
      isNameShape(folded.slice(t.start, t.start + 3)) && POST_AT_END.test(postText(folded, t.start))) add(t.start, t.start + 3, true);
    // A competitor's name the HMM glued to the 以 of his result (侯志慧以/x 总成绩…, 王某以/x 11比10…):
    // a score or a result after it is what only a person or a team achieves, and a team has no name's shape.
    if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '以' && isNameShape(folded.slice(t.start, t.end - 1)) &&
      RESULT_AFTER.test(folded.slice(t.end, t.end + 10))) {
      out.push({ start: t.start, end: t.end - 1, title: null, evidence: true, unknown: true });
    }
    // A name the dictionary knows as a place or a word (钟南山/ns), shown by the post after it.
    if (/^(?:ns|nz)$/.test(t.tag) && t.word.length >= 2 && t.word.length <= 3 && HONORIFIC_AFTER.test(folded.slice(t.end, t.end + 3))) {
      add(t.start, t.end, false);
    }
    // Right after a post, a surname opens a name whatever jieba tagged it (种粮大户/张/q 大伟):
    // two or three characters, ending where a word ends.
    // A two-character dictionary adjective or verb there is no surname and given name (主席/成功/地, 干部/善于).
    // A one-character surname jieba reads as a province's or a city's short name (院长/郑/ns 永年/t 等)
    // opens a name too, when one word of two follows and the clause closes or goes on after it.
    // …and so does a surname jieba reads as a pronoun (副校长/何/r 建国): one running text seldom uses otherwise.
    const pronounSurname = t.tag === 'r' && t.word.length === 1 && SURNAME_MOSTLY.has(t.word);
    const placeSurname = t.tag === 'ns' && t.word.length === 1 && tokens[i + 1]?.start === t.end && tokens[i + 1]!.word.length === 2 &&
      /^(?:[，,。、；;]|等|说|表示|指出|介绍|认为|强调)/.test(folded.slice(t.end + 2, t.end + 4));
    // …and so does a surname jieba reads as an adverb, a preposition or a numeral (记者/曾/d 竹/ng 湘/ns。,
    // 总策划/向/p 殿/n，, 本报记者/余/m 漂生/x 报道), where the name closes its clause right after.
    const functionSurname = /^(?:d|p|m|c)$/.test(t.tag) && t.word.length === 1;
    if (t.word.length <= 2 && SURNAMES.has(folded[t.start]!) && POST_AT_END.test(postText(folded, t.start)) &&
      (placeSurname || pronounSurname || functionSurname || !/^(?:ns|m|p|c|u|uj|ul|d|r|f)$/.test(t.tag)) && !(t.word.length === 2 && /^(?:a|ad|an|v|vd|vn)$/.test(t.tag))) {
      for (const len of [2, 3]) {
        const end = t.start + len;
        let k = tokenIndexAt(tokens, end);
        // The HMM may glue a given name's last character to the verb after it (吕岩/松任/副组长).
        const glued = tokens[k];
        // …or a lone surname's one-character given name to 在 or 说, in a dictionary word (宋/健在/航天…).
        if (len === 3 && glued && glued.start === end - 1 && glued.end === end + 1 && glued.tag === 'x' && GLUED_VERB.test(folded[end]!)) k++;
        else if (len === 2 && t.word.length === 1 && glued && glued.start === end - 1 && glued.end === end + 1 && /[在说]/.test(folded[end]!)) {
          add(t.start, end, false); // a lone surname after a post is never the whole name
          continue;
        }
        else if (k < tokens.length && tokens[k]!.start !== end) continue;
        // A dictionary word (成功/a, 毕业/v) is not a name; the pieces after the surname must
        // not be function words or verbs either.
        if (tokens[k - 1] === t && !/^(?:nr|nrfg|nrt|x)$/.test(t.tag)) continue;
        // A two-character place word may be a given name (曲/青山) only after a lone surname.
        // Before a comma the HMM's pieces of a given name are often tagged as adverbs or numbers
        // (人大副主任徐向/挺，, 局长赵/千峰，): only verbs and function words stop a name there;
        // before an honorific (院长钱/守仁/研究员) not even a verb does.
        const honoured = len === 3 && HONORIFIC.test(tokens[k]?.word ?? '') && tokens[k]!.start === end;
        const closed = len === 3 && /^[，,。；;、]/.test(folded[end] ?? '');
        // A lone surname right after a post is never the whole name (局长王 is no one), so the
        // dictionary word after it is the given name, whatever it means alone (孙/立新/参加).
        const lone = len === 3 && t.word.length === 1 && k === i + 2 && tokens[i + 1]!.end - tokens[i + 1]!.start === 2 &&
          !MANNER_ADVERB.test(tokens[i + 1]!.word);
        // …and before a pause that word may even be a verb written with given names' characters
        // (班长/高/坚强/v，; not 部长/时/强调/v，).
        const givenVerb = lone && closed && [...tokens[i + 1]!.word].every((ch) => GIVEN_NAME_CHARS.has(ch));
        // A word of place (室外/s, 门口/s) is never a given name (电工/管/室外: the worker's charge).
        const stops = honoured ? /^(?:p|c|u|uj|ul|f|r)$/ : givenVerb ? /^(?:vn|p|c|u|uj|ul|uv|ud|f|r|s)$/ : closed ? /^(?:v|vn|p|c|u|uj|ul|f|r|s)$/ :
          lone ? /^(?:v|vn|p|c|u|uj|ul|uv|ud|f|r|s)$/ : /^(?:v|vn|a|ad|an|d|p|c|u|uj|ul|uv|ud|f|r|m|q|t|s)$/;
        // A given name's last character jieba reads as an adjective (省长/易炼/x 红/a 陪同): one of a
        // given name's characters, after a given name of two, before a verb, an adverb or a pause.
        const lastGiven = len === 3 && t.word.length === 2 && k === i + 2 && tokens[i + 1]!.tag === 'a' && tokens[i + 1]!.word.length === 1 &&
          GIVEN_NAME_CHARS.has(tokens[i + 1]!.word) && (/^[，,。；;、]/.test(folded[end] ?? '') || /^(?:v|d|p)$/.test(tokens[k]?.tag ?? ''));
        if (!lastGiven && tokens.slice(i + 1, k).some((p) => stops.test(p.tag) || (p.tag === 'ns' && len === 2))) continue;
        if (functionSurname && !CLAUSE_CLOSE.test(folded.slice(end, end + 2))) continue;
        add(t.start, end, false);
      }
    }
    // A Japanese family name after a Japanese post (日本首相/桥本/n 去年…): two characters ending in
    // a family name's usual last character, or a whole name of four ending in a given name's
    // (小泽一郎), whatever jieba tagged it, when the clause goes on with an act or a pause.
    if (isHanWord(t.word) && /日本|日方|日相|日首相|日外相/.test(postText(folded, t.start)) && POST_AT_END.test(postText(folded, t.start)) &&
      ((t.word.length === 2 && /^\p{Script=Han}[本田野村藤井口木原泽崎岛部川]$/u.test(t.word)) ||
        (t.word.length === 4 && /[郎夫雄男彦树三]$/.test(t.word))) &&
      !/^(?:v|vn|p|c|u|uj|ul|d|r|f|m|q|t|a|ad)$/.test(t.tag) &&
      /^(?:[，,。；;、）)]|在|于|和|与|等|表示|说|指出|强调|认为|宣布|会见|访问|出席|去年|今年|日前|近日|曾|也|还|将|已|正|则|的讲话|的发言)/.test(folded.slice(t.end, t.end + 3))) {
      add(t.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    // Right after a post, a surname and one or two characters that close the clause (a pause, or a
    // reporter's 报道 or 摄) are a name whatever jieba made of the given name (书记/梅/nr 自强/v，,
    // 县委书记/张/q 进修/v，, 书记/任/r 远征/n，, 记者/郑/ns 庆云/ns 报道): the surname stands as a word of
    // its own and no function word follows it. A surname joined to one character is a name only as
    // a word jieba reads as a name or did not know, never a dictionary word (局长/信箱/n，, 县长/许诺/v，).
    // (The clause's close is looked for first: it is cheap, and the post's pattern is not.)
    if (i > 0 && tokens[i - 1]!.end === t.start && SURNAMES.has(folded[t.start]!) && CLOSE_AT.test(folded.slice(t.start + 2, t.start + 5)) &&
      POST_AT_END.test(postText(folded, t.start))) {
      for (const len of [3, 2]) {
        const end = t.start + len;
        const k = tokenIndexAt(tokens, end);
        if (!CLAUSE_CLOSE.test(folded.slice(end, end + 2)) || (k < tokens.length && tokens[k]!.start !== end) || !isHanWord(folded.slice(t.start, end))) continue;
        const pieces = tokens.slice(i, k);
        // …nor a word of place or a verb of saying (电工/管/室外/s，, 部长/时/表示，).
        const alone = t.word.length === 1 && pieces.length >= 2 && !SPEECH_AT_START.test(folded.slice(t.end, end + 2)) &&
          pieces.slice(1).every((p) => !/^(?:u|uj|ul|uz|uv|ud|p|c|r|f|m|q|s|x)$/.test(p.tag) || (p.tag === 'x' && isHanWord(p.word)));
        const whole = pieces.length === 1 && /^(?:nr|nrfg|x)$/.test(t.tag);
        if (len === 3 ? !(alone || whole) : !(whole || (alone && pieces.length === 2))) continue;
        add(t.start, end, false);
        break;
      }
    }
    // …and a name of three jieba cut before its last character (县委书记/巫致/x 中/f，, 本报记者/李德/nr 润/v 报道,
    // 书记/邹静/x 之/u，): that character closes the clause, and is no particle, no word of time or place
    // and no verb of saying (县委书记张三时，, 书记王明说，).
    const last = tokens[i + 1];
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && /^(?:nr|nrfg|nz|x)$/.test(t.tag) && SURNAMES.has(folded[t.start]!) &&
      last !== undefined && last.start === t.end && last.word.length === 1 && isHanWord(last.word) &&
      !NOT_LAST_OF_CUT_NAME.test(folded[t.end]!) &&
      (CLAUSE_CLOSE.test(folded.slice(t.end + 1, t.end + 3)) || DEPUTY_LINE_END.test(folded.slice(t.end + 1, t.end + 5))) &&
      POST_AT_END.test(postText(folded, t.start).trimEnd())) {
      add(t.start, t.end + 1, false);
    }
    // …and a speaker's line opened by his role, the name cut into a noun and a verb before the colon
    // (居民/黄家/n 发/v ：现在…): the line holds only the role and the name before the colon.
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && SURNAME_MOSTLY.has(folded[t.start]!) && last !== undefined &&
      last.start === t.end && last.word.length === 1 && isHanWord(last.word) && !NOT_LAST_OF_CUT_NAME.test(last.word) && /^[:：]/.test(folded.slice(last.end, last.end + 1)) &&
      SPEAKER_ROLE_LINE.test(folded.slice(Math.max(0, t.start - 16), t.start)) && isNameShape(folded.slice(t.start, last.end))) add(t.start, last.end, false);
    // …and a given name ending in 年 of long life and good years (画家/刘松/x 年/m 的), which jieba reads as the
    // year: before 的 or a pause, where a year would have its number.
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && /^(?:nr|nrfg|x)$/.test(t.tag) && last !== undefined && last.start === t.end &&
      last.word === '年' && /^(?:的|[，,。；;、])/.test(folded.slice(t.end + 1, t.end + 2)) && isNameShape(folded.slice(t.start, t.end + 1)) &&
      POST_AT_END.test(postText(folded, t.start))) add(t.start, t.end + 1, false);
    // …also where jieba read the first two as a place or a noun (干部/黄海/ns 芬/zg，): a surname running
    // text seldom uses otherwise and a given name's last character, before a pause; and where it left
    // the first two unknown and read the last as a verb before an adverb or a preposition that carries
    // the clause on (经纪人/姜绍/x 喜/v 一早/d 从…): a given name's character, no verb of motion or saying.
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && SURNAME_MOSTLY.has(folded[t.start]!) && last !== undefined &&
      last.start === t.end && last.word.length === 1 && GIVEN_NAME_CHARS.has(folded[t.end]!) && !NOT_LAST_OF_CUT_NAME.test(folded[t.end]!) &&
      !FOREIGN_PLACES.has(t.word) && !CITY_NAMES.has(t.word) && POST_AT_END.test(postText(folded, t.start))) {
      const after = tokens[i + 2];
      const placeCut = /^(?:ns|n)$/.test(t.tag) && /^(?:zg|ng|g)$/.test(last.tag) && /^[，,。；;、]/.test(folded[t.end + 1] ?? '');
      const verbCut = t.tag === 'x' && last.tag === 'v' && after?.start === last.end && /^(?:d|p)$/.test(after.tag);
      if (placeCut || verbCut) add(t.start, t.end + 1, false);
    }
    // A Japanese name of four that jieba did not know, right after any post (前任首相/岸田文雄/x 引咎):
    // its given name ends as Japanese ones do, and the clause closes or goes on after it.
    if (t.tag === 'x' && t.word.length === 4 && isHanWord(t.word) && JAPANESE_GIVEN_END.test(foldToSimplified(t.word)) && !NOT_IN_LONG_NAME.test(foldToSimplified(t.word)) &&
      POST_AT_END.test(postText(folded, t.start)) && goesOnAfterName(folded, tokens, t.end)) {
      add(t.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    // A three-character name jieba's dictionary reads as a place (副市长/阳安江/ns), right after a post.
    // Only where a name's clause goes on (等, 在, a pause, a speech verb): a place after a post is
    // where the holder went (记者/马鞍山/报道).
    // …or a four-character one written all in a transliteration's or a minority name's characters
    // (书记/巴音朝鲁/ns、…).
    // …or a two-character one written in a transliteration's characters after a head of state's or
    // government's post (俄罗斯总统/普京/ns 在…).
    const leaderPost = /(?:总统|首相|总理|国王|女王|外长|国务卿)$/.test(postText(folded, t.start));
    // …or a two-character one with a surname running text seldom uses otherwise (组长/罗干/ns 在…),
    // never a foreign city, nor after a reporter, whose place word is where he files from.
    const hanPair = t.word.length === 2 && SURNAME_MOSTLY.has(t.word[0]!) && !FOREIGN_PLACES.has(t.word) &&
      !/(?:记者|特派员|通讯员|编辑)$/.test(folded.slice(Math.max(0, t.start - 4), t.start));
    if (t.tag === 'ns' && (t.word.length === 3 || (t.word.length === 4 && soundsLikeName(t.word)) || (t.word.length === 2 && leaderPost && soundsLikeName(t.word)) || hanPair) &&
      POST_AT_END.test(postText(folded, t.start)) &&
      (/^(?:等|在|、|，|,|。|和|与|同志|表示|说|指出|强调|介绍)/.test(folded.slice(t.end, t.end + 2)) ||
        // (…a head of state's or government's sound name before any act of his: 总统/普京/ns 特意/d 会见.)
        (t.word.length === 2 && leaderPost && soundsLikeName(t.word) && goesOnAfterName(folded, tokens, t.end)))) {
      add(t.start, t.end, false);
      // A four-character one has no Han surname to pass the name's shape: the post vouches for it.
      if (t.word.length !== 3) out[out.length - 1]!.byPost = true;
    }
    // A foreign head of state or government named right after his country and post, in characters
    // that need be no transliteration's (老挝总理/通伦/x 共同…, 泰国总理/巴育): one word jieba did not
    // know, where the clause goes on as a person's. The country and the post vouch for it.
    if (t.tag === 'x' && t.word.length >= 2 && t.word.length <= 4 && isHanWord(t.word) && foreignLeaderPost(folded, t.start) &&
      /^(?:[，,。、；;）)]|和|与|及|共同|一起|一道|等|在|表示|说|指出|强调|出席|会见|会谈|主持|致|向|对|同)/.test(folded.slice(t.end, t.end + 2))) {
      add(t.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    const next1 = tokens[i + 1];
    // A given name's last character read with the next word (院士袁道/先/教授): the honorific
    // after it marks where the name ends.
    if ((isName || t.tag === 'x') && t.word.length === 2 && next1 && next1.start === t.end && next1.word.length === 1 && isHanWord(next1.word) &&
      HONORIFIC.test(tokens[i + 2]?.word ?? '')) {
      add(t.start, next1.end, false);
    }
    if (isName && t.word.length === 2 && next1 && next1.word.length === 1 && /^(?:n|ng|nr|x)$/.test(next1.tag) &&
      isHanWord(next1.word)) {
      add(t.start, next1.end, false); // 马克/nr 龙/n: a transliterated name cut short
    }
    if (isName && t.word.length === 1) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      // 富/起来, 高/达: a verb or a function word after a surname-like character is no given name.
      if (!next || !isHanWord(next.word) || next.word.length > 2 || /^(?:v|vd|d|p|c|u|uj|ul|f|r|m|q)$/.test(next.tag)) return;
      add(t.start, next.end, true);
      if (next.word.length === 1 && after && isHanWord(after.word) && after.word.length === 1) add(t.start, after.end, true);
    }
  });
  return out;
}

/** Whether a head of state's or government's post right before `start` names a foreign country
 * in its phrase (老挝总理, 柬埔寨首相, 老挝人民革命党中央总书记、国家主席), maybe with 副 or 代理. */
function foreignLeaderPost(folded: string, start: number): boolean {
  // The post phrase may list the party's post first (老挝人民革命党中央总书记、国家主席).
  const m = /([\p{Script=Han}、]{2,24}?)(?:副|代理|临时)?(?:总统|首相|总理|国王|女王|外长|国务卿|国家主席|总书记)$/u.exec(folded.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  const before = m[1]!;
  for (let k = 0; k <= before.length - 2; k++) {
    for (let len = 2; len <= 9 && k + len <= before.length; len++) {
      const w = before.slice(k, k + len);
      if (FOREIGN_PLACES.has(w) && !/^(?:中国|中华)/.test(w)) return true;
    }
  }
  return false;
}
