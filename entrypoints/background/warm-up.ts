import type { TaggedToken } from '@/lib/core/analysis';
import { WARM_UP_TAGS } from './warm-up-tags';

/**
 * A constructed news report (a dateline, reporters, officials' names and posts, bodies, places,
 * figures, a quoted program) for warming a fresh background: its first segmentations and analyses
 * run cold code (the wasm's cut, tagging and HMM paths for unknown names; the analysis's people,
 * organisation and keyword rules in the interpreter), several times slower than later ones.
 * Written for this purpose; one paragraph per entry.
 */
export const WARM_UP_PARAGRAPHS: readonly string[] = [
  '本报长沙3月5日电（记者张明、李华）3月4日，湖南省人民政府召开常务会议，省长王建国主持会议，' +
    '副省长、省公安厅厅长刘志强出席。会议听取了省发展改革委关于一季度经济运行情况的汇报，研究部署' +
    '稳就业、促消费和优化营商环境等工作。会议指出，全省地区生产总值同比增长5.2%，新增城镇就业12万人，' +
    '规模以上工业增加值增长6.1%，进出口总额达到1360亿元。长沙市委书记陈晓东表示，将加快建设现代化' +
    '产业体系，推动制造业高质量发展，落实《政府工作报告》提出的“十大工程”。',
  '当天下午，省委常委、常务副省长赵立平来到株洲市调研，先后走访中车株洲电力机车有限公司、湖南工业' +
    '大学和荷塘区人民医院，看望一线职工和医护人员。他强调，要坚持以人民为中心的发展思想，扎实做好' +
    '保障和改善民生工作。国家统计局湖南调查总队、省财政厅、省人力资源社会保障厅有关负责同志参加调研。',
  '据了解，今年以来，湘潭、衡阳、岳阳等地共引进重点项目326个，总投资超过2100亿元，其中外资项目' +
    '45个。省商务厅副厅长孙丽华介绍，下一步将继续扩大高水平对外开放，支持企业参加广交会和进博会。',
];

/** The whole report, for a warm-up that runs jieba itself. */
export const WARM_UP = WARM_UP_PARAGRAPHS.join('\n');

/** A paragraph with the tokens jieba gives it. */
export interface TaggedParagraph {
  text: string;
  tokens: TaggedToken[];
}

/**
 * Each paragraph with jieba's tags as written down in warm-up-tags.ts, for warming the analysis
 * before jieba can run (while its wasm compiles). Null when the written tags no longer spell the
 * paragraphs (edited text, tags not rewritten): a warm-up on wrong tokens would warm nothing useful.
 */
export function taggedWarmUp(): TaggedParagraph[] | null {
  if (WARM_UP_TAGS.length !== WARM_UP_PARAGRAPHS.length) return null;
  const out: TaggedParagraph[] = [];
  for (let i = 0; i < WARM_UP_PARAGRAPHS.length; i++) {
    const text = WARM_UP_PARAGRAPHS[i]!;
    const tokens: TaggedToken[] = [];
    let at = 0;
    for (const [word, tag] of WARM_UP_TAGS[i]!) {
      if (!text.startsWith(word, at)) return null;
      tokens.push({ word, tag, start: at, end: at + word.length });
      at += word.length;
    }
    if (at !== text.length) return null;
    out.push({ text, tokens });
  }
  return out;
}
