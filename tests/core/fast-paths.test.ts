import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import FORMULATIONS from '../../lib/data/formulations.json';
import { formatNumber } from '../../lib/core/extract/annotations';
import { MAY_MATCH } from '../../lib/core/extract/dates/calendar';
import { parseClock } from '../../lib/core/extract/dates/clock';
import { dateNumber } from '../../lib/core/extract/dates/numerals';
import { POINT_GATES } from '../../lib/core/extract/dates/point';
import { buildFigureContext } from '../../lib/core/extract/figures/context';
import { FIRST_CHARS } from '../../lib/core/extract/figures/number';
import {
  DOWN_VERBS, MOM_MARKERS, STOP_PATTERNS, STOP_WORDS, TREND_ADVERBS, UP_VERBS, YOY_MARKERS,
} from '../../lib/core/extract/figures/lexicon';
import { trendBefore } from '../../lib/core/extract/figures/trend';
import { foldToSimplified } from '../../lib/core/text/fold';
import { loadGoldTexts } from '../../lib/node/evaluate';
import { findLexicon } from '../../lib/core/extract/programs/lexicon';
import { campaignPrefixStart } from '../../lib/core/extract/programs/prefix';
import { splitSentences } from '../../lib/core/text/sentences';
import { WordScan } from '../../lib/core/text/word-scan';

/**
 * The extractors replaced some regexes with code that is cheaper on a cold page load (lib/core:
 * word-scan, figure-trend, figure-context's stop-list, program-prefix, date-clock, sentences).
 * Each must answer exactly as the regex it replaced: the regexes are kept here as the reference,
 * and random text built from the characters that matter is thrown at both.
 */

/** Strings over a small alphabet of pieces, so that words and patterns actually occur. */
const textOf = (pieces: readonly string[], maxLength = 40) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((xs) => xs.join(''));

const RUNS = { numRuns: 400 };
const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');

describe('WordScan matches like the alternation it replaces', () => {
  it('on the formulations lexicon', () => {
    const re = new RegExp(alt(FORMULATIONS as string[]), 'g');
    const pieces = [...(FORMULATIONS as string[]).slice(0, 60), '的', '，', '一', '两个', '三', '“', '新'];
    fc.assert(
      fc.property(textOf(pieces, 12), (t) => {
        const expected = [...t.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expect(findLexicon(t).map(({ start, end }) => ({ start, end }))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('on random word lists, prefixes of each other included', () => {
    // Few characters, so that words share their first two units and overlap in the text.
    const chars = ['一', '二', '十', 'a', '\ud840', '\udc00'];
    const word = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    // Text made of the words themselves (and stray characters), so that long matches occur.
    const wordsAndText = fc.array(word, { minLength: 1, maxLength: 10 }).chain((words) =>
      fc.tuple(fc.constant(words), textOf([...words, ...chars, 'b'], 20)));
    fc.assert(
      fc.property(wordsAndText, ([words, t]) => {
        const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const re = new RegExp(alt(escaped), 'g');
        const expected = [...t.matchAll(re)].filter((m) => m[0].length > 0).map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expect(new WordScan(words).all(t)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('the figure stop-list marks what the single regex marked', () => {
  const NUMERAL = /[零〇一二两三四五六七八九十百千万亿]/;
  const words = [...STOP_WORDS, ...(FORMULATIONS as string[]).filter((w) => NUMERAL.test(w))];
  const STOP = new RegExp([...STOP_PATTERNS, ...[...words].sort((a, b) => b.length - a.length)].join('|'), 'g');
  const blockedByRegex = (f: string): number[] => {
    const out = new Array<number>(f.length).fill(0);
    const codes = /[A-Za-z0-9_.+\-@:/%?&=#~]+/g;
    for (let m = codes.exec(f); m; m = codes.exec(f)) {
      const tok = m[0];
      const code = /\d/.test(tok) && (/[A-Za-z]/.test(tok) || tok.includes('@')
        || /^(?:https?:\/\/|www\.)|\.(?:com|cn|net|org|gov|edu|int|info)\b/i.test(tok)
        || /(?:^|[^\d.])(?:\+?86-?)?(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9})(?![\d.])/.test(tok));
      if (code) out.fill(1, m.index, m.index + tok.length);
    }
    STOP.lastIndex = 0;
    for (let m = STOP.exec(f); m; m = STOP.exec(f)) out.fill(1, m.index, m.index + m[0].length);
    return out;
  };
  const pieces = ['千年', '百年', '近', '十分', '十四五', '届', '次会议', '一', '统一', '一系列', '两个确立', '万家灯火',
    '千万', '不', '十', '五', '钟', '个', '，', '5G', '13812345678', '010-1234567', '163.com', 'www.', 'x', '3',
    '千', '万', '家', '灯火', '四', '系列', '两个', '确立', '年', '一五一十', '分', '一日千里', '里'];

  it('on text made of stop words, patterns and codes', () => {
    // Overlaps between patterns and words (`近千年`, `千万不`, `统一…`) are where the merge matters.
    fc.assert(
      fc.property(textOf(pieces), (f) => {
        expect(Array.from(buildFigureContext(f).blocked)).toEqual(blockedByRegex(f));
      }),
      RUNS,
    );
  });
});

describe('trendBefore agrees with the trend regex', () => {
  const TREND = new RegExp(
    `(?:(${alt(YOY_MARKERS)})|(${alt(MOM_MARKERS)}))?(?:${alt(TREND_ADVERBS)})?(?:(${alt(UP_VERBS)})|(${alt(DOWN_VERBS)}))了?(?:分别)?(?:为|至|到)?$`,
  );
  const byRegex = (f: string, start: number) => {
    const m = TREND.exec(f.slice(Math.max(0, start - 16), start));
    if (!m) return {};
    return { direction: m[3] ? 'up' : 'down', ...(m[1] ? { comparison: 'yoy' } : m[2] ? { comparison: 'mom' } : {}) };
  };
  const pieces = [...YOY_MARKERS, ...MOM_MARKERS, ...TREND_ADVERBS, ...UP_VERBS, ...DOWN_VERBS, '了', '分别', '为', '至', '到', '的', '同', '比'];

  it('for the words right before a figure', () => {
    fc.assert(
      fc.property(textOf(pieces, 8), (f) => {
        expect(trendBefore(f + '5%', f.length)).toEqual(byRegex(f + '5%', f.length));
      }),
      RUNS,
    );
  });
});

describe('campaignPrefixStart agrees with the \\p{Script=Han} pattern', () => {
  const PAIRING = /[百千万十]+[名个家所支户]?\p{Script=Han}{1,3}[联进帮助包结兴连访走入下][百千万十]+\p{Script=Han}{1,2}$/u;
  const byRegex = (t: string, q: number) => {
    const window = t.slice(Math.max(0, q - 14), q);
    const m = PAIRING.exec(window);
    return m ? q - (window.length - m.index) : q;
  };
  const pieces = ['万名干部联', '千企帮', '百校结', '万', '千', '百', '十', '名', '干部', '企', '企业', '联', '帮', '村', '县城',
    '，', 'a', '𠀀', '〇', '。'];

  // Random text ending, often, in the pattern's shape: actors + verb, a numeral, one or two targets.
  const text = fc.tuple(
    textOf(pieces, 6),
    fc.constantFrom('万名干部联', '千企帮', '百校结', '联', ''),
    fc.constantFrom('万', '千', '百十', '', 'a'),
    fc.constantFrom('企业', '企', '村', '县城', '𠀀', '𠀀𠀀', '。', ''),
  ).map((parts) => parts.join(''));

  it('before a quote', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(campaignPrefixStart(t + '“', t.length)).toBe(byRegex(t + '“', t.length));
      }),
      RUNS,
    );
  });
});

describe('parseClock agrees with the single clock regexes', () => {
  const REL = '今天|明天|昨天|当天|当日|次日|翌日|今日|明日|昨日';
  const PART = '凌晨|早上|早晨|清晨|上午|中午|正午|午间|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|半夜|当晚|今晚|昨晚|今早';
  const COLON = new RegExp(`(?<rel>(?:${REL}))?(?<part>(?:${PART}))?(?<h>[01]?\\d|2[0-4]):(?<m>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?![\\d:])`, 'y');
  const WORD = new RegExp(
    `(?<rel>${REL})?(?<part>${PART}|早|晚)?(?<h>\\d{1,2}|二十[一二三四]?|十[一二]?|[零一二三四五六七八九两])(?<unit>[时点])` +
      '(?:(?<m>\\d{1,2}|[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九])分(?:(?<s>\\d{1,2})秒)?|(?<half>半)|(?<zheng>整|钟))?(?<approx>许|多)?',
    'y',
  );
  // parseClock as it was, with its one-piece regexes (lib/core/extract/dates/clock.ts before the split).
  function to24(hour: number, part: string | undefined): number {
    if (!part) return hour;
    if (/凌晨|早|清晨|上午/.test(part)) return hour === 12 ? 0 : hour;
    if (/中午|正午|午间/.test(part)) return hour < 6 ? hour + 12 : hour;
    if (/夜|午夜|半夜/.test(part) && hour <= 5) return hour;
    if (hour === 12 && /晚/.test(part)) return 0;
    return hour < 12 ? hour + 12 : hour;
  }
  function reference(t: string, i: number, relaxed: boolean) {
    COLON.lastIndex = i;
    const c = COLON.exec(t);
    if (c?.groups && !/[\d.]/.test(t[i - 1] ?? '')) {
      const g = c.groups;
      return { end: COLON.lastIndex, hour: to24(Number(g.h), g.part), minute: Number(g.m), ...(g.s ? { second: Number(g.s) } : {}) };
    }
    WORD.lastIndex = i;
    const w = WORD.exec(t);
    if (!w?.groups) return null;
    const g = w.groups;
    if (/[\d.]/.test(t[i - 1] ?? '') && !g.rel && !g.part) return null;
    const arabic = /^\d/.test(g.h!);
    const supported = Boolean(g.part || g.rel || g.m || g.half || g.zheng || relaxed || (g.h === '零' && g.unit === '时'));
    if (!supported && (g.unit === '点' || !arabic)) return null;
    const raw = dateNumber(g.h!);
    const minute = g.m ? dateNumber(g.m) : g.half ? 30 : undefined;
    if (!(raw <= 24) || (minute !== undefined && !(minute <= 59))) return null;
    const end = WORD.lastIndex;
    if (!g.m && !g.half && !g.zheng && !g.approx && /[间辰代速]/.test(t[end] ?? '')) return null;
    return { end, hour: to24(raw, g.part), ...(minute !== undefined ? { minute } : {}), ...(g.s ? { second: Number(g.s) } : {}) };
  }
  const pieces = ['今天', '当天', '当晚', '早上', '早', '晚上', '晚', '上午', '中午', '深夜', '次日', '凌晨', '1', '2', '0', '4', '9',
    ':', '时', '点', '分', '秒', '半', '整', '钟', '许', '多', '十', '二十', '三', '零', '两', '间', '。', '.'];

  it('at every position, relaxed or not', () => {
    fc.assert(
      fc.property(textOf(pieces, 10), fc.boolean(), (t, relaxed) => {
        for (let i = 0; i < t.length; i++) expect(parseClock(t, i, relaxed)).toEqual(reference(t, i, relaxed));
      }),
      RUNS,
    );
  });
});

describe('splitSentences', () => {
  const STOP = /[。！？!?；;…\n]/;
  const CLOSERS = /[”’」』）)】\]"']/;
  function reference(text: string) {
    const out: { start: number; end: number }[] = [];
    const push = (start: number, end: number) => {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
    };
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (!STOP.test(text[i]!)) continue;
      let end = i + 1;
      while (end < text.length && ((STOP.test(text[end]!) && text[end] !== '\n') || CLOSERS.test(text[end]!))) end++;
      push(start, text[i] === '\n' ? i : end);
      start = end;
      i = end - 1;
    }
    push(start, text.length);
    return out;
  }

  it('splits as the per-character loop did', () => {
    fc.assert(
      fc.property(textOf(['中', '文', '。', '！', '？', '…', '\n', '”', '」', ')', '"', "'", ' ', '；', '.']), (t) => {
        expect(splitSentences(t)).toEqual(reference(t));
      }),
      RUNS,
    );
  });
});

describe('gates only reject positions their regex rejects', () => {
  const pieces = ['1', '2', '0', '9', '-', '/', '.', '年', '月', '日', '号', '代', '世纪', '二十一', '十九', '上', '下', '半年', '季',
    '度', '第', '前', '个月', '初', '底', '末', '份', '旬', '中', '农历', '正月', '腊', '大年', '初七', '今', '去', '本', '春', '〇', '十', '五',
    '二十一世纪', '上世纪', '20', '80', '年代', '2023', '三十一', '十二'];

  const edgeCases = ['二十一世纪20年代', '上世纪80年代', '1990年代', '前三季度', '第四季度末', '一季度', '三十一日', '十二月',
    '2023-02-03', '2023/2/3', '农历正月初七', '大年三十', '腊月廿三', '2024年下半年', '年底', '春季', '前10个月', '本月6日'];

  it('at every position of the gold texts and of longest-shape examples', () => {
    const texts = [...loadGoldTexts().map((g) => g.text), ...edgeCases].map((t) => foldToSimplified(t));
    const numberGates = [...FIRST_CHARS].map(([re, first]) => [re, (t: string, i: number) => first.includes(t[i] ?? '-')] as const);
    for (const t of texts) {
      for (const [re, may] of [...MAY_MATCH, ...POINT_GATES, ...numberGates]) {
        for (let i = 0; i < t.length; i++) {
          re.lastIndex = i;
          if (re.exec(t) && !may(t, i)) expect.fail(`${re.source} matches at ${i} of ${t.slice(i, i + 12)} but its gate says no`);
        }
      }
    }
  });

  it('for the calendar steps and the point shapes', () => {
    const gates = [...MAY_MATCH, ...POINT_GATES];
    fc.assert(
      fc.property(textOf(pieces, 12), (t) => {
        for (const [re, may] of gates) {
          for (let i = 0; i < t.length; i++) {
            re.lastIndex = i;
            if (re.exec(t)) expect(may(t, i), `${re.source} at ${i} of ${t}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('formatNumber', () => {
  it('groups thousands as the regex did', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(1e21, -1e21, 45200, -1234567)), (n) => {
        const [int, frac] = String(n).split('.');
        const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        expect(formatNumber(n)).toBe(Number.isFinite(n) ? (frac ? `${grouped}.${frac}` : grouped) : String(n));
      }),
      RUNS,
    );
  });
});
