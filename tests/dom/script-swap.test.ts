// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { convertBatch } from '../../lib/engines/opencc';
import { countText } from '../../lib/core/convert';
import { createScriptSwapper } from '../../lib/dom/swap/swapper';
import type { ConvertFn, ScriptTarget } from '../../lib/dom/swap/types';

/** The real engine behind an async boundary, counting calls and strings sent. */
function engine(): ConvertFn & { calls: number; sent: string[][] } {
  const fn = (async (texts: string[], to: ScriptTarget) => {
    fn.calls++;
    fn.sent.push(texts);
    return convertBatch(texts, to);
  }) as ConvertFn & { calls: number; sent: string[][] };
  fn.calls = 0;
  fn.sent = [];
  return fn;
}

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): Element {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

function newDoc(lang: string | null = 'zh-CN', title = '这个标题'): Document {
  const doc = document.implementation.createHTMLDocument();
  // Built by hand: happy-dom's createHTMLDocument ignores its title argument.
  doc.head.appendChild(el(doc, 'title', {}, title));
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  return doc;
}

function countTextWrites(doc: Document): () => number {
  let n = 0;
  const mo = new MutationObserver((rs) => (n += rs.filter((r) => r.type === 'characterData').length));
  mo.observe(doc, { subtree: true, characterData: true });
  return () => {
    n += mo.takeRecords().filter((r) => r.type === 'characterData').length;
    return n;
  };
}

describe('createScriptSwapper: what is converted', () => {
  function page(doc: Document): Record<string, Element> {
    const parts = {
      p: el(doc, 'p', { title: '这个软件', 'aria-label': '软件说明' }, '这个软件的', el(doc, 'kanbao-mark', {}, '干部'), '很好'),
      img: el(doc, 'img', { alt: '图片说明', src: 'a.png' }),
      input: el(doc, 'input', { value: '用户输入', placeholder: '请输入关键词' }),
      textarea: el(doc, 'textarea', { placeholder: '请写评论' }, '默认内容这个'),
      select: el(doc, 'select', {}, el(doc, 'option', {}, '选项这个')),
      editable: el(doc, 'div', { contenteditable: 'true', title: '编辑区' }, '编辑这个'),
      code: el(doc, 'code', {}, '代码这个'),
      pre: el(doc, 'pre', {}, '预格式这个'),
      kbd: el(doc, 'kbd', {}, '键盘这个'),
      samp: el(doc, 'samp', {}, '样例这个'),
      script: el(doc, 'script', {}, 'var s = "这个";'),
      style: el(doc, 'style', {}, '.a::after{content:"这个"}'),
      noscript: el(doc, 'noscript', {}, '无脚本这个'),
      sidebar: el(doc, 'kanbao-sidebar', { title: '侧栏这个' }, '侧栏这个'),
      tooltip: el(doc, 'kanbao-tooltip', {}, '提示这个'),
      section: el(doc, 'section', { lang: 'zh-CN' }, '区块这个'),
      english: el(doc, 'p', { lang: 'en' }, 'English 这个'),
    };
    for (const e of Object.values(parts)) doc.body.appendChild(e);
    return parts;
  }

  it('converts body text, highlight text, the title and the listed attributes', async () => {
    const doc = newDoc();
    const p = page(doc);
    const mark = p.p!.querySelector('kanbao-mark')!;
    const markText = mark.firstChild;
    const swapper = createScriptSwapper(doc, engine());
    const report = await swapper.convertTo('taiwan');
    expect(p.p!.textContent).toBe('這個軟件的幹部很好');
    // Highlights keep their text node: it was rewritten in place.
    expect(mark.firstChild).toBe(markText);
    expect(mark.textContent).toBe('幹部');
    expect(p.p!.getAttribute('title')).toBe('這個軟件');
    expect(p.p!.getAttribute('aria-label')).toBe('軟件說明');
    expect(p.img!.getAttribute('alt')).toBe('圖片說明');
    expect(p.input!.getAttribute('placeholder')).toBe('請輸入關鍵詞');
    expect(p.textarea!.getAttribute('placeholder')).toBe('請寫評論');
    expect(doc.title).toBe('這個標題');
    expect(p.section!.textContent).toBe('區塊這個');
    expect(p.section!.getAttribute('lang')).toBe('zh-Hant');
    expect(p.english!.getAttribute('lang')).toBe('en');
    expect(report.target).toBe('taiwan');
    expect(report.changedAttributes).toBeGreaterThanOrEqual(7);
  });

  it('never touches fields, editable content, code, scripts or Kanbao UI', async () => {
    const doc = newDoc();
    const p = page(doc);
    const before = Object.fromEntries(
      ['input', 'textarea', 'select', 'editable', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'noscript', 'sidebar', 'tooltip'].map(
        (k) => [k, p[k]!.outerHTML],
      ),
    );
    const textareaValue = (p.textarea as HTMLTextAreaElement).value;
    const inputValue = (p.input as HTMLInputElement).value;
    await createScriptSwapper(doc, engine()).convertTo('taiwan');
    for (const [k, html] of Object.entries(before)) {
      if (k === 'input' || k === 'textarea') continue; // their placeholder is converted
      expect(p[k]!.outerHTML, k).toBe(html);
    }
    expect(p.input!.getAttribute('value')).toBe('用户输入');
    expect((p.input as HTMLInputElement).value).toBe(inputValue);
    expect(p.textarea!.textContent).toBe('默认内容这个');
    expect((p.textarea as HTMLTextAreaElement).value).toBe(textareaValue);
    expect(p.editable!.getAttribute('title')).toBe('编辑区');
  });

  it('restores everything exactly, including attributes and lang', async () => {
    const doc = newDoc();
    page(doc);
    const before = doc.documentElement.innerHTML;
    const swapper = createScriptSwapper(doc, engine());
    for (const t of ['taiwan', 'hongkong', 'simplified'] as const) {
      await swapper.convertTo(t);
      expect(doc.documentElement.getAttribute('data-kanbao-script')).toBe(t);
      await swapper.restore();
      expect(doc.documentElement.innerHTML).toBe(before);
      expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
      expect(doc.documentElement.hasAttribute('data-kanbao-script')).toBe(false);
      expect(swapper.target).toBe('original');
    }
  });
});

describe('createScriptSwapper: lang on <html>', () => {
  it('sets zh-Hans / zh-Hant / zh-HK and restores the original value', async () => {
    const doc = newDoc('zh-CN');
    doc.body.appendChild(el(doc, 'p', {}, '这个'));
    const swapper = createScriptSwapper(doc, engine());
    const html = doc.documentElement;
    await swapper.convertTo('taiwan');
    expect(html.getAttribute('lang')).toBe('zh-Hant');
    await swapper.convertTo('hongkong');
    expect(html.getAttribute('lang')).toBe('zh-HK');
    await swapper.convertTo('simplified');
    expect(html.getAttribute('lang')).toBe('zh-Hans');
    await swapper.convertTo('original');
    expect(html.getAttribute('lang')).toBe('zh-CN');
  });

  it('removes lang again when the page had none', async () => {
    const doc = newDoc(null);
    doc.body.appendChild(el(doc, 'p', {}, '这个'));
    const swapper = createScriptSwapper(doc, engine());
    await swapper.convertTo('hongkong');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-HK');
    await swapper.restore();
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
  });
});

describe('createScriptSwapper: writes', () => {
  it('writes only nodes whose text changes', async () => {
    const doc = newDoc();
    doc.body.append(el(doc, 'p', {}, '这个软件'), el(doc, 'p', {}, '人民日报'), el(doc, 'p', {}, 'Latin only'), el(doc, 'p', {}, '  '));
    const writes = countTextWrites(doc);
    const swapper = createScriptSwapper(doc, engine());
    const r1 = await swapper.convertTo('simplified');
    expect(r1.changedNodes).toBe(0);
    expect(writes()).toBe(0);
    const r2 = await swapper.convertTo('taiwan');
    // 这个软件 and the title change; 人民日报 → 人民日報 changes too; Latin and blanks are never sent.
    expect(r2.changedNodes).toBe(3);
    expect(writes()).toBe(3);
    const r3 = await swapper.convertTo('taiwan');
    expect(r3.changedNodes).toBe(0);
    expect(writes()).toBe(3);
  });

  it('sends only strings that could change, each distinct string once', async () => {
    const doc = newDoc();
    doc.body.append(el(doc, 'p', {}, '人民网'), el(doc, 'p', {}, '人民网'), el(doc, 'p', {}, '2023-02-03 10:44'));
    const convert = engine();
    await createScriptSwapper(doc, convert).convertTo('taiwan');
    expect(convert.calls).toBe(1);
    expect(convert.sent[0]!.sort()).toEqual(['人民网', '这个标题']);
  });

  it('starts every conversion from the originals, never from the converted text', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '原文');
    doc.body.appendChild(p);
    const tagging: ConvertFn = async (texts, to) => texts.map((t) => `${to}:${t}`);
    const swapper = createScriptSwapper(doc, tagging);
    await swapper.convertTo('taiwan');
    expect(p.textContent).toBe('taiwan:原文');
    await swapper.convertTo('hongkong');
    expect(p.textContent).toBe('hongkong:原文');
    await swapper.convertTo('simplified');
    expect(p.textContent).toBe('simplified:原文');
    await swapper.restore();
    expect(p.textContent).toBe('原文');
  });

  it('undoes exactly where converting back would not (著名 ⇄ 着名)', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '著名作家看着我');
    doc.body.appendChild(p);
    const swapper = createScriptSwapper(doc, engine());
    await swapper.convertTo('taiwan');
    await swapper.convertTo('simplified');
    await swapper.restore();
    expect(p.textContent).toBe('著名作家看着我');
  });

  it('reports text nodes whose length changed', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '㓆字');
    doc.body.appendChild(p);
    const report = await createScriptSwapper(doc, engine()).convertTo('taiwan');
    expect(p.textContent).toBe('𠗣字');
    expect(report.lengthChanged).toBe(true);
    expect(report.lengthChangedNodes).toEqual([p.firstChild]);
  });

  it('counts repaired characters on a Traditional page and none on a Simplified one', async () => {
    const trad = newDoc('zh-Hant', '人民網');
    trad.body.append(
      el(trad, 'p', {}, '無論城市街頭,還是田野山間,隻要群眾需要,人民警察就在身邊。'),
      el(trad, 'p', {}, '鄰裡之間挨得近,干部們都說,有事找警察。'),
    );
    const r = await createScriptSwapper(trad, engine()).convertTo('taiwan');
    expect(r.repairedChars).toBe(4); // 隻→只, 裡→里, 干→幹 and 挨→捱
    const simp = newDoc();
    simp.body.append(el(simp, 'p', {}, '无论城市街头，还是田野山间，只要群众需要，人民警察就在身边。'));
    const s = await createScriptSwapper(simp, engine()).convertTo('taiwan');
    expect(s.changedChars).toBeGreaterThan(5);
    expect(s.repairedChars).toBe(0);
  });
});

describe('createScriptSwapper: counts given by the converter', () => {
  const pages = () => {
    const trad = newDoc('zh-Hant', '人民網');
    trad.body.append(
      el(trad, 'p', {}, '無論城市街頭,還是田野山間,隻要群眾需要,人民警察就在身邊。'),
      el(trad, 'p', {}, '鄰裡之間挨得近,干部們都說,有事找警察。'),
      el(trad, 'p', {}, '鄰裡之間挨得近,干部們都說,有事找警察。'),
    );
    return trad;
  };
  /** The real engine, answering with countText's counts per text (as the background does). */
  const counting: ConvertFn = async (texts, to) => {
    const out = convertBatch(texts, to);
    const counts = out.map((after, i) => countText(texts[i]!, after));
    return { texts: out, cjk: counts.map((c) => c.cjk), changed: counts.map((c) => c.changed) };
  };

  it('reports what it reports when it counts on its own', async () => {
    for (const to of ['taiwan', 'simplified', 'hongkong'] as const) {
      const own = await createScriptSwapper(pages(), engine()).convertTo(to);
      const given = await createScriptSwapper(pages(), counting).convertTo(to);
      expect(given.changedChars, to).toBe(own.changedChars);
      expect(given.repairedChars, to).toBe(own.repairedChars);
      expect(own.changedChars, to).toBeGreaterThan(0);
    }
  });

  it('takes the counts as given, and counts itself when they do not fit the batch', async () => {
    // Every text "changed 1 character of 100": the repeated paragraph counts twice.
    const fixed = (cjk: number): ConvertFn => async (texts, to) => ({ texts: convertBatch(texts, to), cjk: texts.map(() => cjk), changed: texts.map(() => 1) });
    const r = await createScriptSwapper(pages(), fixed(100)).convertTo('taiwan');
    expect(r.changedChars).toBe(4); // the title and three paragraphs
    expect(r.repairedChars).toBe(4);
    const short: ConvertFn = async (texts, to) => ({ texts: convertBatch(texts, to), cjk: [1], changed: [1] });
    const own = await createScriptSwapper(pages(), engine()).convertTo('taiwan');
    const s = await createScriptSwapper(pages(), short).convertTo('taiwan');
    expect([s.changedChars, s.repairedChars]).toEqual([own.changedChars, own.repairedChars]);
  });
});

describe('createScriptSwapper: page changes and concurrency', () => {
  it('treats text the page changed after conversion as the new original', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '这个');
    doc.body.appendChild(p);
    const swapper = createScriptSwapper(doc, engine());
    await swapper.convertTo('taiwan');
    (p.firstChild as Text).data = '新的软件';
    const r = await swapper.rescan();
    expect(r.changedNodes).toBe(1);
    expect(p.textContent).toBe('新的軟件');
    await swapper.restore();
    expect(p.textContent).toBe('新的软件');
  });

  it('rescan converts only what was added or changed', async () => {
    const doc = newDoc();
    doc.body.appendChild(el(doc, 'p', {}, '这个'));
    const convert = engine();
    const swapper = createScriptSwapper(doc, convert);
    await swapper.convertTo('taiwan');
    doc.body.appendChild(el(doc, 'p', { title: '后来的' }, '后来的段落'));
    await swapper.rescan();
    expect(convert.sent[1]!.sort()).toEqual(['后来的', '后来的段落']);
    expect(doc.body.lastElementChild!.textContent).toBe('後來的段落');
    await swapper.rescan();
    expect(convert.calls).toBe(2); // nothing new: no call
  });

  it('does nothing on rescan while showing Original', async () => {
    const doc = newDoc();
    doc.body.appendChild(el(doc, 'p', {}, '这个'));
    const convert = engine();
    const r = await createScriptSwapper(doc, convert).rescan();
    expect(r.changedNodes).toBe(0);
    expect(convert.calls).toBe(0);
  });

  it('lets a later request replace an earlier one that is still converting', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '这个');
    doc.body.appendChild(p);
    const swapper = createScriptSwapper(doc, engine());
    const first = swapper.convertTo('taiwan');
    const second = swapper.convertTo('hongkong');
    const third = swapper.restore();
    const fourth = swapper.convertTo('simplified');
    const reports = await Promise.all([first, second, third, fourth]);
    expect(reports.map((r) => r.superseded)).toEqual([true, true, true, false]);
    expect(p.textContent).toBe('这个');
    expect(swapper.target).toBe('simplified');
  });

  it('does not overwrite text the page changed while the converter was working', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '这个');
    doc.body.appendChild(p);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let called!: () => void;
    const started = new Promise<void>((r) => (called = r));
    const slow: ConvertFn = async (texts, to) => {
      called();
      await gate;
      return convertBatch(texts, to);
    };
    const swapper = createScriptSwapper(doc, slow);
    const pending = swapper.convertTo('taiwan');
    await started;
    (p.firstChild as Text).data = '页面改了';
    release();
    await pending;
    expect(p.textContent).toBe('页面改了');
    await swapper.rescan();
    expect(p.textContent).toBe('頁面改了');
    await swapper.restore();
    expect(p.textContent).toBe('页面改了');
  });

  it('leaves the page as it was when the converter fails', async () => {
    const doc = newDoc();
    doc.body.appendChild(el(doc, 'p', {}, '这个'));
    const before = doc.documentElement.innerHTML;
    const swapper = createScriptSwapper(doc, async () => {
      throw new Error('background unavailable');
    });
    await expect(swapper.convertTo('taiwan')).rejects.toThrow('background unavailable');
    expect(doc.documentElement.innerHTML).toBe(before);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(swapper.target).toBe('original');
    // The queue survives a failure.
    const ok = createScriptSwapper(doc, engine());
    await ok.convertTo('taiwan');
    expect(doc.body.textContent).toBe('這個');
  });

  it('rejects a converter answer of the wrong length', async () => {
    const doc = newDoc();
    doc.body.appendChild(el(doc, 'p', {}, '这个'));
    const swapper = createScriptSwapper(doc, async () => []);
    await expect(swapper.convertTo('taiwan')).rejects.toThrow(/results for 2 texts/);
  });

  it('hands originals to the pieces that replaced a converted node (a highlight rendered)', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '这个软件的干部很好');
    doc.body.appendChild(p);
    const swapper = createScriptSwapper(doc, engine());
    await swapper.convertTo('taiwan');
    const x = p.firstChild as Text;
    const pieces = [doc.createTextNode(x.data.slice(0, 5)), el(doc, 'kanbao-mark', {}, x.data.slice(5, 7)), doc.createTextNode(x.data.slice(7))];
    x.replaceWith(...pieces);
    await swapper.rescan({ nodes: pieces, attributes: [], replacements: [{ removed: [x], added: pieces }] });
    await swapper.restore();
    expect(p.innerHTML).toBe('这个软件的<kanbao-mark>干部</kanbao-mark>很好');
  });

  it('inherits nothing when the pieces are not the replaced text', async () => {
    const doc = newDoc();
    const p = el(doc, 'p', {}, '这个软件');
    doc.body.appendChild(p);
    const swapper = createScriptSwapper(doc, engine());
    await swapper.convertTo('taiwan');
    const x = p.firstChild as Text;
    const other = doc.createTextNode('別的內容');
    x.replaceWith(other);
    await swapper.rescan({ nodes: [other], attributes: [], replacements: [{ removed: [x], added: [other] }] });
    await swapper.restore();
    expect(p.innerHTML).toBe('別的內容');
  });
});
