import { extractAll, type Extraction } from '@/lib/core/extract';
import type { BackgroundRequest } from '@/lib/messaging';

/**
 * The extractor in the background, for the annotator. A content script starts fresh on every
 * page: its first extraction runs in V8's interpreter and compiles each rule and regex on the way,
 * about four times the cost of the same extraction once the code is warm (seed page, Chromium:
 * ≈25 ms cold against ≈6 ms on a second run). The background lives across pages, so its extractor
 * is warm after the first article, and the page's main thread is free while it works. The same
 * `extractAll` runs here as in the command line and in the annotator's own fallback, so the spans
 * are the same wherever they are found.
 */
export function answerExtract(msg: Extract<BackgroundRequest, { type: 'kanbao/extract' }>, now = Date.now()): Extraction | null {
  // Reached too late (a background that was starting: jieba's dictionary holds it for a few
  // hundred milliseconds): the annotator has extracted on its own, and a reader's request may be
  // waiting behind this one.
  if (msg.useBy !== undefined && now > msg.useBy) return null;
  return extractAll(msg.text, { published: msg.published });
}

/**
 * A constructed paragraph that reaches the three extractors' main paths (dates with a clock and a
 * relative year, figures with magnitudes, approximations, trends, a fraction and a range,
 * quoted and titled programs), so that a background that just started compiles them before the
 * first article's text arrives.
 */
const WARM_UP =
  '2024年3月5日上午9时，某市召开推进会，部署落实《政府工作报告》和“放管服”改革的“十项举措”。' +
  '去年全市地区生产总值达到1.36万亿元，同比增长5.2%，比上年提高0.8个百分点；新增就业12万余人，' +
  '其中约三分之一来自民营企业，3至5年内建成两个产业园，预计今年10月底投用。';

let warmed = false;

/** Runs the extractor once on WARM_UP, the first time only; never in the caller's task. */
export function warmExtractor(): void {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    extractAll(WARM_UP, { published: '2024-03-06T08:00+08:00' });
  }, 0);
}
