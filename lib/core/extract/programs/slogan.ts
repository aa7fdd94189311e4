import { isAllHan } from '../../text';

/**
 * Parallel-phrase slogans in quotes (guidelines §3.1.5, §5.3; patterns §2.1.4): two or more short
 * items joined by `、`, or a chain joined by `+`/`—` (`“订单收购+保底分红”`), with no sentence
 * punctuation: `“本地人常去、外地人必去”`, `“省厅统建、三级一体、矩阵管理、共享共用”`.
 * `·` is left out on purpose: bare `X·Y` quotes are mostly transliterated foreign names
 * (`“图帕克·卡塔里”`); campaign names with `·` come with a head noun anyway.
 */
const LIST = /^[^、]{2,10}(?:、[^、]{2,10})+$/;
const CHAIN = /^[^+＋—–]{1,10}(?:(?:[+＋]|——|—|–)[^+＋—–]{1,10})+$/;

export function isParallelSlogan(content: string): boolean {
  if (!LIST.test(content) && !CHAIN.test(content)) return false;
  const items = content.split(/[、+＋]|——|—|–/);
  return items.length >= 2 && items.every((item) => isAllHan(item, true)) && content.length >= 5;
}
