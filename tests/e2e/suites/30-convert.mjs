// Script conversion on the seed page — Simplified, Taiwan, back to Original exactly — with
// the highlights kept, and a paragraph added by the page after load converted too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { parseHTML } from 'linkedom';

export function define(ctx) {
  const { test, assert, T, poll, open, tabOf, URLS, ROOT } = ctx;
  const b = () => ctx.b; // launched in the suite's before() hook, after define() runs

  // Expected text, computed here with opencc-js's own converters — independent of Kanbao's engine.
  const html = readFileSync(path.join(ROOT, 'tests/fixtures/corpus/pages/people_hn_big5_seed.html'), 'utf8');
  const paragraphs = [...parseHTML(html).document.querySelectorAll('.rm_txt_con p')].map((p) => p.textContent);
  const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const expected = {
    original: paragraphs,
    simplified: paragraphs.map((p) => toCn(p)),
    // Traditional goes through Simplified and back, which repairs the site's machine conversion.
    taiwan: paragraphs.map((p) => toTw(toCn(p))),
  };
  const readParagraphs = () => [...document.querySelectorAll('.rm_txt_con p')].map((p) => p.textContent);
  const readBody = () => document.querySelector('.rm_txt_con').innerHTML;

  const annotatedSeed = async () => {
    const page = await open(URLS.seed);
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), {
      message: 'data-kanbao-annotated on the seed page',
    });
    return page;
  };

  test('seed page: Simplified, Taiwan Traditional, then Original — exact text at each step, marks kept', T, async () => {
    const page = await annotatedSeed();
    const tabId = await tabOf(URLS.seed);
    const before = await page.evaluate(readBody);
    const marks = await page.evaluate(() => document.querySelectorAll('kanbao-mark').length);
    assert.ok(marks > 50, `marks before: ${marks}`);
    assert.notDeepEqual(expected.taiwan, expected.original, 'the repair changes the seed');

    for (const to of ['simplified', 'taiwan']) {
      const reply = await b().send(tabId, { type: 'kanbao/convert', to });
      assert.equal(reply.converted, to);
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-kanbao-script')), to);
      assert.deepEqual(await page.evaluate(readParagraphs), expected[to], `paragraphs after → ${to}`);
      const now = await page.evaluate(() => document.querySelectorAll('kanbao-mark').length);
      assert.ok(now > 50, `marks after → ${to}: ${now}`);
      if (to === 'taiwan') assert.ok(reply.repaired >= 80, `repaired characters: ${reply.repaired}`);
    }
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert.equal(lang, 'zh-Hant');

    const reply = await b().send(tabId, { type: 'kanbao/convert', to: 'original' });
    assert.equal(reply.converted, 'original');
    assert.deepEqual(await page.evaluate(readParagraphs), expected.original);
    assert.equal(await page.evaluate(readBody), before, 'Original restores the article body exactly');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-script')), false);
  });

  test('seed page: a reader who converts finds the next article\'s conversion prepared, with the same text', T, async () => {
    // The first conversion builds the background's converters; the next article's are then
    // prepared once it is annotated.
    await annotatedSeed();
    const seedTab = await tabOf(URLS.seed);
    await b().send(seedTab, { type: 'kanbao/convert', to: 'simplified' });
    await b().send(seedTab, { type: 'kanbao/convert', to: 'original' });
    // The same article at an address of its own (the server ignores the query), in a new tab.
    const next = `${URLS.seed}?next`;
    const page = await b().newPage();
    await page.goto(next);
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'the next article annotated' });
    const tabId = await poll(() => b().tabIdFor(next), { message: 'its tab' });
    const lastTrips = () => performance.getEntriesByName('kanbao:convert').at(-1)?.detail?.trips;
    const reply = await b().send(tabId, { type: 'kanbao/convert', to: 'simplified' });
    assert.equal(reply.converted, 'simplified');
    assert.deepEqual(await page.evaluate(readParagraphs), expected.simplified);
    assert.equal(await page.evaluate(lastTrips), 0, 'no batch sent to the background: every answer was prepared');
    // Original, then a page edit: only the changed text goes to the background.
    await b().send(tabId, { type: 'kanbao/convert', to: 'original' });
    assert.deepEqual(await page.evaluate(readParagraphs), expected.original);
    await page.evaluate(() => { document.querySelector('.rm_txt_con p').textContent = '這個春節假期,隻要群眾需要。'; });
    await b().send(tabId, { type: 'kanbao/convert', to: 'simplified' });
    assert.equal(await page.evaluate(() => document.querySelector('.rm_txt_con p').textContent), '这个春节假期,只要群众需要。');
    assert.equal(await page.evaluate(lastTrips), 1);
    await b().send(tabId, { type: 'kanbao/convert', to: 'original' });
    await page.close();
  });

  test('seed page: a paragraph the page adds after conversion is converted too', T, async () => {
    const page = await annotatedSeed();
    const tabId = await tabOf(URLS.seed);
    await b().send(tabId, { type: 'kanbao/convert', to: 'simplified' });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '這個春節假期,隻要群眾需要,人民警察就在身邊。';
      document.querySelector('.rm_txt_con').append(p);
    });
    const late = await poll(() => page.evaluate(() => {
      const t = document.getElementById('late')?.textContent ?? '';
      return t.startsWith('这个') && t;
    }), { message: 'the late paragraph converted to Simplified' });
    assert.equal(late, '这个春节假期,只要群众需要,人民警察就在身边。');
    await b().send(tabId, { type: 'kanbao/convert', to: 'original' });
    await page.evaluate(() => document.getElementById('late')?.remove());
  });

  test('seed page: kanbao/clear takes everything out (after Taiwan, the sidebar and the tooltip), annotate-page puts it back', T, async () => {
    const page = await annotatedSeed();
    const tabId = await tabOf(URLS.seed);
    // The article body as the browser parses the saved page, before any script ran.
    const asLoaded = await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').querySelector('.rm_txt_con').innerHTML, html);
    const counts = (await b().state(tabId)).counts;
    await b().send(tabId, { type: 'kanbao/convert', to: 'taiwan' });
    await b().send(tabId, { type: 'kanbao/sidebar', open: true });
    await poll(() => page.evaluate(() => Boolean(document.querySelector('kanbao-sidebar'))), { message: 'the sidebar open' });
    await page.evaluate(() => document.querySelector('kanbao-mark[data-kind="figure"]')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));

    const cleared = await b().send(tabId, { type: 'kanbao/clear' });
    assert.equal(cleared.annotated, false);
    assert.equal(cleared.converted, 'original');
    assert.equal(cleared.sidebarOpen, false);
    const after = await page.evaluate(() => ({
      ours: document.querySelectorAll('kanbao-mark, kanbao-tooltip, kanbao-sidebar, [id^="kanbao"]').length,
      html: document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-kanbao')).sort(),
      lang: document.documentElement.lang,
    }));
    assert.equal(await page.evaluate(readBody), asLoaded, 'the article body exactly as the page loaded');
    assert.deepEqual(after, { ours: 0, html: ['data-kanbao', 'data-kanbao-site'], lang: await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').documentElement.lang, html) });
    // Cleared is not a choice of script: the next load is not converted.
    const again = await b().send(tabId, { type: 'kanbao/annotate-page' });
    assert.equal(again.annotated, true);
    assert.deepEqual(again.counts, counts, 'annotated again: the same counts');
    assert.ok(await page.evaluate(() => document.querySelectorAll('kanbao-mark').length) > 50);
  });
}
