/**
 * Quotes that are not names (guidelines §3.2, patterns §2.4).
 *
 * Speech: sentence punctuation inside; a pronoun or a final particle inside; a speech verb right
 * before (`表示，“…”`); or a speaker right after (`“我就来！”杨曙光爽快地答道`, `”戴锐说`).
 * Pronoun, particle and speaker tests are skipped for quotes that take a head noun, because
 * campaign names may address the reader (`“…湖南交警和您一起同走返家路”活动`).
 *
 * Scare quotes: a nickname or metaphor introduced by 所谓/俗称/被称为/誉为/成为….
 */
const SENTENCE_PUNCT = /[，。！？；：,!?;:…]/;
const PRONOUN = /[我你您咱]|他们|她们|它们/;
const FINAL_PARTICLE = /[了吗呢咯啊吧呀嘛哦哈啦么]$/;
const SPEECH_BEFORE = /(?:说|表示|指出|介绍|告诉|强调|坦言|感慨|回忆|笑言|答道|问道|写道|称|道|喊|认为|提醒|呼吁)[，,：:\s]*$/;
const SPEAKER_AFTER = /^[\p{Script=Han}A-Za-z·]{0,10}?(?:说|表示|介绍|告诉|指出|坦言|感慨|答道|强调|回忆|笑着说)/u;
const SCARE_BEFORE = /(?:所谓的?|俗称的?|被称为|称为|称作|称之为|号称|堪称|誉为|被誉为|叫做|成为了?|变成了?|当起了?|化身为?|当好|争当|争做|这个|这种|一种|一场|这是|就是|称赞|赞为|视为|看作|当作)$/;

export function hasSentencePunctuation(content: string): boolean {
  return SENTENCE_PUNCT.test(content);
}

/** Speech tests that only apply to bare quotes (no head noun attached). */
/** First characters of SPEAKER_AFTER's verbs: without one, its slow-to-compile pattern cannot match. */
const SPEAKER_VERB_FIRST = /[说表介告指坦感答强回笑]/;

export function looksLikeSpeech(t: string, start: number, end: number, content: string): boolean {
  if (PRONOUN.test(content) || FINAL_PARTICLE.test(content)) return true;
  if (SPEECH_BEFORE.test(t.slice(Math.max(0, start - 6), start))) return true;
  const after = t.slice(end, end + 14);
  return SPEAKER_VERB_FIRST.test(after) && SPEAKER_AFTER.test(after);
}

export function isScareQuote(t: string, start: number): boolean {
  return SCARE_BEFORE.test(t.slice(Math.max(0, start - 4), start));
}
