/**
 * Words that carry no topic in Chinese news, for keyword and summary ranking. Simplified only:
 * callers compare folded words (foldToSimplified), so Traditional pages share the list.
 *
 * Two groups:
 * - function-like verbs and nouns jieba tags v/n/vn (是, 进行, 方面…): grammar, not content;
 * - the generic vocabulary of Chinese official reporting (工作, 推进, 全面, 积极…): present in
 *   nearly every article, so as keywords they would say nothing about *this* one. Without an IDF
 *   table (no downloads) this list stands in for the document frequency we cannot measure.
 */
const LIST = `
  是 有 为 在 让 使 被 把 将 要 会 能 可 来 去 做 说 到 得 给 用 看 想 没有 就是 还是 也是
  进行 开展 加强 推进 推动 实现 提升 提高 落实 坚持 强化 加快 深化 健全 完善 保障 促进 做好 做到
  发展 建设 实施 增强 确保 不断 持续 积极 全面 深入 切实 努力 着力 全力 有效 进一步 充分 大力 扎实 认真 及时 主动
  表示 介绍 指出 认为 强调 告诉 称 谈到 说道 答道 据悉 了解 显示 获悉 报道 记者 通讯员 本报
  工作 方面 问题 情况 方式 过程 时候 时间 期间 地方 部分 领域 方面 内容 水平 能力 作用 意义 基础
  有关 相关 一些 这些 那些 其中 目前 当前 同时 此外 以及 通过 根据 按照 围绕 成为 作为 包括 提供
  提出 形成 具有 存在 需要 进入 开始 出现 发生 取得 得到 已经 正在 继续 还有 今年 去年 明年 近年
  全省 全市 全县 全区 各地 各级 日前 近日 当日 今天 昨天 同志 人们 大家 我们 他们 自己 这里 那里 一个 一种 一批 多个 更多
  来源 编辑 责编 出品 摄像 制作 策划 统筹 作者 脚本 视频 图片 供图 文字 投稿 邮箱 客户端 频道
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

export function isStopWord(simplifiedWord: string): boolean {
  return STOP_WORDS.has(simplifiedWord);
}
