// "Annotate selection" lists the figures, dates and programs of the selected text in
// the sidebar, in both browsers — on the People's Daily list page (not an article: the annotator is
// loaded through activeTab as the menu click does, and the sidebar shows the Selection section
// alone) and on the seed article (the section comes first, above the article's sections).
//
// The menu click itself cannot be synthesised; the page's selection is made with the Selection API
// and its text sent as the background sends it (`kanbao/annotate-selection`), as 40-popup-options does.

export function define(ctx) {
  const { test, assert, T, poll, open, tabOf, URLS } = ctx;
  const b = () => ctx.b; // launched in the suite's before() hook, after define() runs

  // Not in the list page: a paragraph with figures, a date and a program is added to it, then selected.
  const TEXT = '2022年，全省刑事警情同比下降61.6%，推行“一件事一次办”，全年新增1.3万余家企业。';

  /** The Selection section and the sections' order, read from the open shadow root in the main world. */
  const readSelection = () => {
    const root = document.querySelector('kanbao-sidebar')?.shadowRoot ?? null;
    const s = root?.querySelector('[data-section="selection"]') ?? null;
    const group = (kind) =>
      [...(s?.querySelectorAll(`.kb-selection-group[data-kind="${kind}"] .kb-selection-item`) ?? [])].map((li) => ({
        text: li.querySelector('.kb-selection-as-written')?.textContent ?? '',
        value: li.querySelector('.kb-selection-value')?.textContent ?? '',
      }));
    return {
      hosts: document.querySelectorAll('kanbao-sidebar').length,
      shadow: root ? root.mode : null,
      sections: [...(root?.querySelectorAll('[data-section]') ?? [])].map((e) => e.getAttribute('data-section')),
      quote: s?.querySelector('.kb-selection-text')?.textContent ?? null,
      count: s?.querySelector('.kb-section-head .kb-count')?.textContent ?? null,
      figures: group('figures'),
      dates: group('dates'),
      programs: group('programs'),
      exportBar: !!root?.querySelector('.kb-export'),
    };
  };

  /** Selects the element's contents with the Selection API and returns the selected text. */
  const selectIn = (page, selector) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const range = document.createRange();
      range.selectNodeContents(el);
      const s = getSelection();
      s.removeAllRanges();
      s.addRange(range);
      return s.toString();
    }, selector);

  /** The background's menu handler, as far as the page sees it: load the annotator (activeTab), then send the text. */
  const annotateSelection = async (tabId, text, { inject }) => {
    if (inject) {
      await b().evaluateInExtension(async (id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        if (api.scripting?.executeScript) await api.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/news.js'] });
        else await api.tabs.executeScript(id, { file: '/content-scripts/news.js', frameId: 0 });
      }, tabId);
    }
    return poll(() => b().send(tabId, { type: 'kanbao/annotate-selection', text }).then((x) => x?.items && x), { message: 'a selection reply' });
  };

  const figureTexts = (reply) => reply.items.filter((i) => i.kind === 'figure').sort((x, y) => x.start - y.start).map((i) => i.text);

  test('annotate selection on the list page (not an article): the sidebar opens with the Selection section alone', T, async () => {
    const list = await open(URLS.list);
    const tabId = await tabOf(URLS.list);
    // Earlier suites may have forced this page into an article: start from a fresh load (detector only).
    await list.reload();
    await poll(() => b().state(tabId).then((s) => s?.isArticle === false).catch(() => false), { message: 'the detector answers: not an article' });
    await list.evaluate((text) => {
      const p = document.createElement('p');
      p.id = 'kanbao-e2e-selection';
      p.textContent = text;
      document.querySelector('.ej_list_box').append(p);
    }, TEXT);
    const selected = await selectIn(list, '#kanbao-e2e-selection');
    assert.equal(selected, TEXT, 'the page selection holds the paragraph');

    const reply = await annotateSelection(tabId, selected, { inject: true });
    assert.equal(reply.shown, true, 'a view listed the result');
    assert.deepEqual(figureTexts(reply), ['61.6%', '1.3万余家']);

    const s = await poll(() => list.evaluate(readSelection).then((r) => r.figures.length > 0 && r), { message: 'the Selection section in <kanbao-sidebar>' });
    assert.equal(s.hosts, 1, 'one <kanbao-sidebar>');
    assert.equal(s.shadow, 'open');
    assert.deepEqual(s.sections, ['selection'], 'the selection alone: no article sections');
    assert.equal(s.exportBar, false, 'no article export');
    assert.equal(s.quote, TEXT);
    assert.deepEqual(s.figures.map((f) => f.text), ['61.6%', '1.3万余家'], 'the figures as written');
    assert.deepEqual(s.figures.map((f) => f.value), ['61.6%', '>13,000 家'], 'the figures\' values');
    assert.deepEqual(s.dates, [{ text: '2022年', value: '2022' }], 'the date and its ISO form');
    assert.deepEqual(s.programs.map((p) => p.text), ['“一件事一次办”']);
    assert.equal(s.count, String(reply.items.length), 'the section counts every item');

    const state = await b().state(tabId);
    assert.equal(state.isArticle, false, 'still not an article');
    assert.equal(state.sidebarOpen, true, 'the sidebar is reported open');
    assert.equal(await list.evaluate(() => document.documentElement.hasAttribute('data-kanbao')), false, 'the page itself is not annotated');

    // A second selection replaces the first.
    const second = await annotateSelection(tabId, '去年增长8.5%', { inject: false });
    assert.deepEqual(figureTexts(second), ['8.5%']);
    await poll(() => list.evaluate(readSelection).then((r) => r.figures.length === 1 && r.figures[0].text === '8.5%'), { message: 'the second selection shown' });

    // Clearing removes the section; with nothing else to show, the sidebar closes.
    await list.evaluate(() => document.querySelector('kanbao-sidebar').shadowRoot.querySelector('.kb-selection-clear').click());
    await poll(() => list.evaluate(() => !document.querySelector('kanbao-sidebar')), { message: 'the sidebar closed after clearing' });
    assert.equal((await b().state(tabId)).sidebarOpen, false);
  });

  test('annotate selection on the seed article: the Selection section comes first, above the article sections', T, async () => {
    const page = await open(URLS.seed);
    const tabId = await tabOf(URLS.seed);
    await page.reload();
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'the seed page annotated' });
    // A paragraph of the article with a percentage in it.
    const found = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => /\d+(?:\.\d+)?%/.test(e.textContent) && e.textContent.length < 600);
      if (!p) return false;
      p.setAttribute('data-kanbao-e2e', 'selection');
      return true;
    });
    assert.ok(found, 'a paragraph with a percentage');
    const selected = await selectIn(page, '[data-kanbao-e2e="selection"]');
    const reply = await annotateSelection(tabId, selected, { inject: false });
    const expected = figureTexts(reply);
    assert.ok(expected.length > 0, 'figures in the selected paragraph');
    assert.ok(expected.every((f) => selected.includes(f)), 'each figure is in the selected text');

    const s = await poll(() => page.evaluate(readSelection).then((r) => r.sections.includes('figures') && r.figures.length > 0 && r), {
      message: 'the Selection section above the article sections',
    });
    assert.equal(s.hosts, 1, 'one <kanbao-sidebar>');
    assert.equal(s.sections[0], 'selection', 'the Selection section first');
    for (const id of ['article', 'figures', 'programs']) assert.ok(s.sections.includes(id), `the article's ${id} section too`);
    assert.deepEqual(s.figures.map((f) => f.text), expected, 'the figures of the selection, as written');
    assert.ok(s.figures.some((f) => /%$/.test(f.value)), 'a percentage value');
    assert.equal(s.exportBar, true, 'the article export stays');
    assert.equal((await b().state(tabId)).sidebarOpen, true);

    // Clearing removes the section only; the article's sidebar stays.
    await page.evaluate(() => document.querySelector('kanbao-sidebar').shadowRoot.querySelector('.kb-selection-clear').click());
    const after = await poll(() => page.evaluate(readSelection).then((r) => !r.sections.includes('selection') && r), { message: 'the section cleared' });
    assert.equal(after.sections[0], 'article');
    await b().send(tabId, { type: 'kanbao/sidebar', open: false });
  });
}
