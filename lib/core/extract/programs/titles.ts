import type { ProgramHit } from './types';

/**
 * Book-title documents (guidelines §3.1.1): everything from `《` to its matching `》`, nested
 * `《〈…〉》` and quotes, spaces (`《…高质量发展 进一步扩消费…》`) included; back-to-back titles
 * are separate items. A title that names a newspaper, magazine or broadcast programme is not a
 * program (§5.3: `《人民日报》`, `《新闻联播》`), which the dateline of every PD print reprint
 * shows (`《 人民日报 》（ 2024年05月10日 04 版）`).
 */
const MAX_TITLE = 120;

// Ending in 报 is a newspaper unless it is an official document type (公报, 通报, 年报…).
const NEWSPAPER = /(?<![通汇简公年申预举上情决快])报$|报社$|参考消息$|电讯$/;
const PERIODICAL = /(?:杂志|周刊|月刊|半月刊|旬刊|画报|学报|求是|瞭望|半月谈|新华文摘)$/;
const BROADCAST = /(?:频道|节目|栏目|新闻联播|焦点访谈|朝闻天下|东方时空|新闻调查|今日说法|新闻周刊|晚间新闻|新闻1\+1|午夜新闻|开讲啦|面对面)$/;

// A work of art, not a document: a genre word right before the title (`话剧《约定无期限》`), a
// poem-like title (`《诫子诗》`), or a poet's attribution after it (`《冬夜读书示子聿》 ——（宋）陆游`).
const POEM_TITLE = /(?:诗|词|歌|曲|赋|吟|谣)$/;
const ATTRIBUTION_AFTER = /^\s*——\s*[（(]/;
const GENRE_BEFORE = /(?:话剧|电影|影片|电视剧|网剧|纪录片|动画片?|歌曲|歌剧|舞剧|音乐剧|戏剧|京剧|昆曲|剧目|曲目|专辑|综艺|节目|栏目|小说|诗歌?|词|散文|绘本|漫画|画作|油画|雕塑|展览)$/;

export function isMediaTitle(inner: string): boolean {
  const name = inner.replace(/\s+/g, '');
  return NEWSPAPER.test(name) || PERIODICAL.test(name) || BROADCAST.test(name);
}

export function findTitles(t: string): ProgramHit[] {
  const out: ProgramHit[] = [];
  // A title once introduced as a play or a song stays one in later mentions without the genre word.
  const artworks = new Set<string>();
  for (let i = t.indexOf('《'); i >= 0; i = t.indexOf('《', i + 1)) {
    let depth = 0;
    let end = -1;
    for (let j = i; j < t.length && j - i <= MAX_TITLE; j++) {
      const ch = t[j];
      if (ch === '\n') break;
      if (ch === '《') depth++;
      else if (ch === '》' && --depth === 0) {
        end = j + 1;
        break;
      }
    }
    if (end < 0) continue;
    const inner = t.slice(i + 1, end - 1);
    if (!inner.trim()) continue;
    const artwork =
      GENRE_BEFORE.test(t.slice(Math.max(0, i - 3), i)) || POEM_TITLE.test(inner) || ATTRIBUTION_AFTER.test(t.slice(end, end + 6));
    if (artwork) artworks.add(inner);
    else if (!isMediaTitle(inner)) out.push({ start: i, end, kind: 'document' });
    i = end - 1;
  }
  return out.filter((h) => !artworks.has(t.slice(h.start + 1, h.end - 1)));
}
