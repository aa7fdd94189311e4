/**
 * Containers among the body paragraphs that are never article text: pagers (people.com.cn `.zdfy`,
 * news.cn `.xinhuaPager`), share and QR boxes (`.paper_num`, `.tjewm`, `.bza`), editor lines
 * (`.edit`, `.liability`, `#articleEdit`), ads (chinanews `.adInContent`) and players (news.cn
 * `#DH-PLAYERID0`). The class names come from the corpus pages listed in templates.md.
 */
export const NOISE_CONTAINERS = [
  '.zdfy', '.xinhuaPager', '#xinhuaPagerBox', '.edit', '.editor', '.paper_num', '.tjewm',
  '.bza', '.box_pic', '#articleEdit', '.p-tags', '.liability', '.adEditor', '.adInContent',
  '.m-vote-wrap', '.u-moreText', '#DH-PLAYERID0', '.zebian', 'script', 'style', 'noscript',
  'table.adInContent', '.share', '.bdsharebuttonbox',
].join(', ');
// Not `center` or `form`: old pages wrap the whole page in them.
