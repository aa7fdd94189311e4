import fc from 'fast-check';

/**
 * Random article pages for the DOM property tests: a People's Daily `rm_txt`
 * page (so the real detector, reader and extractors run) whose body is a random tree mixing
 * Chinese (both scripts) and Latin text, inline and block elements, comments, whitespace-only and
 * empty text nodes, emoji, rare CJK beyond the BMP (U+20000 and up), right-to-left text with bidi
 * controls, markup-significant characters, form fields, contenteditable regions, SVG text and
 * `<kanbao-mark>` elements that belong to the page itself.
 */

export type Spec =
  | { t: 'text'; v: string }
  | { t: 'comment'; v: string }
  | { t: 'el'; tag: string; attrs: [string, string][]; kids: Spec[] };

/** Leaves that the extractors recognise (and pieces of them, so spans cross elements). */
export const SPAN_TEXTS = [
  '61.6%', '61', '.6%', '450余名', '1.3萬余家', '1.3', '萬余家', '十五條', '3.5个百分点', '12.5亿元', '三分之一', '3至5年',
  '同比下降', '增长', '2023年02月03日10:44', '2023年', '02月03日', '去年10月', '晚上十點', '22時至次日6時',
  '《夜市商戶經營手冊》', '《湖南省', '公安機關》', '“項目警官”制', '推進“一件事一次辦”', '四个意识', '两个确立',
];
/** Other text: both scripts, Latin, emoji, astral ideographs, RTL and bidi controls, spaces. */
export const PLAIN_TEXTS = [
  '這個春節假期,', '湖南消費火爆,', '群众需要', '人民警察就在身邊。', '干部', '隻要', '鄰裡', '著名', '後面', '乾隆',
  'Hello, world. ', 'GDP', "it's", '&', '<b>', '>', '"', '😀', '👍🏽', '🇨🇳', '𠀀', '𠀁字', '𪚥', '𫫇', '\u{2A6D6}', '\u{30000}',
  'مرحبا بالعالم', 'שלום', '\u202eabc\u202c', '\u200f', '\u2067عربي\u2069', '\u200b',
  ' ', '  ', '\n', '\n\t ', '\u3000', '\u3000\u3000', '\u00a0', '',
];

const INLINE = ['b', 'i', 'em', 'strong', 'span', 'a', 'sup', 'small', 'bdi', 'u', 'font'];
const BLOCK = ['div', 'section', 'blockquote', 'p', 'ul', 'li', 'h2'];
/** Never marked or converted: form fields, code, scripts, our own tag names, SVG. */
const SKIPPED = ['code', 'pre', 'kbd', 'script', 'style', 'textarea', 'kanbao-mark'];
const VOID = ['br', 'img', 'input', 'wbr', 'hr'];
const RAW = new Set(['script', 'style', 'textarea']);

const leafText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPAN_TEXTS) },
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN_TEXTS) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...SPAN_TEXTS, ...PLAIN_TEXTS), { minLength: 2, maxLength: 5 }).map((a) => a.join('')) },
);

const attr = fc.oneof(
  fc.constantFrom<[string, string]>(['dir', 'rtl'], ['dir', 'ltr'], ['dir', 'auto'], ['lang', 'zh-CN'], ['lang', 'zh-TW'], ['lang', 'ar'],
    ['lang', 'en'], ['class', 'x'], ['contenteditable', 'true'], ['contenteditable', 'false'], ['contenteditable', ''],
    ['data-kind', 'figure'], ['style', 'font-weight:bold']),
  fc.tuple(fc.constantFrom('title', 'alt', 'aria-label', 'placeholder'), leafText),
);

export const tree: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafText.map((v): Spec => ({ t: 'text', v })),
    fc.constantFrom<Spec>({ t: 'comment', v: 'enpcontent' }, { t: 'comment', v: '' }, { t: 'comment', v: ' 注释 <p> ' }),
    fc.record({
      tag: fc.constantFrom(...INLINE, ...INLINE, ...BLOCK, ...SKIPPED, ...VOID, 'svg'),
      attrs: fc.uniqueArray(attr, { maxLength: 2, selector: (a) => a[0] }),
      kids: fc.array(tie('node'), { maxLength: 4 }),
    }).map(({ tag, attrs, kids }): Spec => ({
      t: 'el',
      tag,
      attrs,
      kids: VOID.includes(tag) ? [] : RAW.has(tag) ? kids.filter((k) => k.t === 'text') : kids,
    })),
  ),
})).node;

/** A paragraph: a `<p>` (or a `<div>` holding one) with random content. */
export const paragraph = fc.tuple(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.constantFrom('p', 'p', 'p', 'div>p', 'p.rtl'))
  .map(([kids, shape]): Spec => {
    if (shape === 'div>p') return { t: 'el', tag: 'div', attrs: [], kids: [{ t: 'el', tag: 'p', attrs: [], kids }] };
    return { t: 'el', tag: 'p', attrs: shape === 'p.rtl' ? [['dir', 'rtl']] : [], kids };
  });

export const body = fc.array(paragraph, { minLength: 1, maxLength: 6 });

export const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';

/**
 * The seed page's template around the random paragraphs. Its first paragraph is fixed Chinese text,
 * so the detector always sees an article (≥ 20 ideographs, more than a third of the letters).
 */
const SKELETON = `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>大湖之南|守護萬家燈火,溫暖一方百姓--湖南頻道--人民網</title>
<meta name="copyright" content="人民網版權所有"><meta name="filetype" content="0"><meta name="publishedtype" content="1">
<meta name="pagetype" content="1"><meta name="catalogs" content="356883"><meta name="contentid" content="40290005">
<meta name="source" content="來源：人民日報客戶端"></head><body>
<div class="layout route cf" id="rwb_navpath"><a href="http://www.people.com.cn/BIG5/">人民網</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl"><h1 title="守護萬家燈火">大湖之南|守護萬家燈火,溫暖一方百姓</h1>
<div class="channel cf"><div class="col-1-1 fl">2023年02月03日10:44 | 來源：<a href="#">人民日報客戶端</a></div></div>
<div class="rm_txt_con cf"><p>　　無論城市街頭,還是田野山間,隻要群眾需要,人民警察就在身邊。這個春節假期,湖南消費火爆,旅游加速回暖,四處人潮涌動,刑事警情同比下降61.6%。</p></div>
<div class="edit cf">(責編:李淑靜、彭應兵)</div></div></div></body></html>`;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function build(doc: Document, spec: Spec): Node {
  if (spec.t === 'text') return doc.createTextNode(spec.v);
  if (spec.t === 'comment') return doc.createComment(spec.v);
  if (spec.tag === 'svg') {
    const svg = doc.createElementNS(SVG_NS, 'svg');
    const text = doc.createElementNS(SVG_NS, 'text');
    text.textContent = spec.kids.map((k) => (k.t === 'text' ? k.v : '')).join('') || '61.6%';
    svg.appendChild(text);
    return svg;
  }
  const el = doc.createElement(spec.tag);
  for (const [k, v] of spec.attrs) el.setAttribute(k, v);
  for (const k of spec.kids) el.appendChild(build(doc, k));
  return el;
}

/** A fresh document: the seed template with `paras` appended to its body container. */
export function makePage(paras: Spec[]): Document {
  const doc = new DOMParser().parseFromString(SKELETON, 'text/html');
  const con = doc.querySelector('.rm_txt_con')!;
  for (const p of paras) con.appendChild(build(doc, p));
  return doc;
}

/** Everything the page shows, as one string: the body's markup and the head's. */
export const snapshot = (doc: Document) => doc.documentElement.innerHTML;
