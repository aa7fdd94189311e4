// The control surface in both browsers — the popup opened for the seed tab shows its state
// and its controls change the page (kinds, script, sidebar, the per-site switch), "Annotate this
// page" and "Annotate selection" on a page the detector did not take, the options page's settings
// taking effect on the next load, the keyboard commands' keys and the localised manifest.
//
// KANBAO_SCREENSHOTS=1 also saves docs/popup.png and docs/options.png (Chromium), for the README.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { gotoExtensionPage } from '../harness.mjs';

export function define(ctx) {
  const { test, assert, T, poll, open, tabOf, URLS, ROOT } = ctx;
  const b = () => ctx.b; // launched in the suite's before() hook, after define() runs
  const chromium = () => 'context' in ctx.b;
  const screenshots = process.env.KANBAO_SCREENSHOTS === '1';

  const annotatedSeed = async () => {
    const page = await open(URLS.seed);
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), {
      message: 'data-kanbao-annotated on the seed page',
    });
    return page;
  };

  /** An extension page (options.html, popup.html?tab=…) in a new tab. */
  const extensionPage = async (file) => {
    const page = await b().newPage();
    const url = `${b().extensionBase}${file}`;
    if (chromium()) await page.goto(url);
    else await gotoExtensionPage(page, url);
    return page;
  };

  /** The popup for a tab, once it shows the tab's state. */
  const popupFor = async (tabId) => {
    const popup = await b().openPopup(tabId);
    await poll(() => popup.evaluate(() => document.querySelector('main')?.dataset.status === 'ready'), { message: 'the popup to be ready' });
    return popup;
  };

  const click = (page, selector) => page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) throw new Error(`no ${s}`);
    el.click();
  }, selector);

  /** Types into a Preact-controlled field the way a reader does: value, then input/change events. */
  const fill = (page, selector, value) => page.evaluate(([s, v]) => {
    const el = document.querySelector(s);
    if (!el) throw new Error(`no ${s}`);
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, [selector, value]);

  const storage = (fn, arg) => b().evaluateInExtension(fn, arg);
  const readSettings = () => storage(() => (globalThis.browser ?? globalThis.chrome).storage.local.get('settings').then((r) => r.settings ?? null));
  const clearSettings = () => storage(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.local.remove(['settings', 'settingsSyncFailed', 'scriptChoiceBySite']);
    const sync = await api.storage.sync.get(null);
    await api.storage.sync.remove(Object.keys(sync));
  });

  const marks = (page, kind) => page.evaluate((k) => document.querySelectorAll(`kanbao-mark[data-kind="${k}"]`).length, kind);

  test('manifest: name, description and command descriptions come from the locale (English here)', T, async () => {
    const info = await storage(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const m = api.runtime.getManifest();
      return {
        name: api.i18n.getMessage('extName'), description: api.i18n.getMessage('extDescription'),
        manifestName: m.name, defaultLocale: m.default_locale,
        commands: (await api.commands.getAll()).map((c) => ({ name: c.name, description: c.description, shortcut: c.shortcut ?? '' })),
      };
    });
    assert.equal(info.name, 'Kanbao 看报');
    assert.match(info.description, /^Reads People's Daily-style news/);
    assert.equal(info.defaultLocale, 'en');
    assert.ok(info.manifestName === 'Kanbao 看报' || info.manifestName === '__MSG_extName__', `manifest name: ${info.manifestName}`);
    const byName = Object.fromEntries(info.commands.map((c) => [c.name, c]));
    assert.equal(byName['toggle-sidebar'].description, 'Open or close the Kanbao sidebar');
    assert.equal(byName['toggle-highlights'].description, 'Show or hide Kanbao highlights');
    // The browser accepted every suggested key (a refused or clashing key comes back empty).
    const norm = (s) => s.replace(/\s+/g, '').replace(/⇧/g, 'Shift+').replace(/⌥/g, 'Alt+');
    assert.deepEqual(
      ['toggle-sidebar', 'convert-simplified', 'convert-traditional', 'convert-original'].map((n) => norm(byName[n].shortcut)),
      ['Alt+Shift+S', 'Alt+Shift+J', 'Alt+Shift+F', 'Alt+Shift+O'],
    );
    assert.equal(byName['toggle-highlights'].shortcut, '', 'no suggested key (Chrome allows four)');
  });

  test('popup for the seed tab: outlet, title, counts per kind, script, and every control', T, async () => {
    await annotatedSeed();
    const popup = await popupFor(await tabOf(URLS.seed));
    const s = await popup.evaluate(() => ({
      article: document.querySelector('[data-testid=state]')?.getAttribute('data-article'),
      state: document.querySelector('[data-testid=state]')?.textContent,
      outlet: document.querySelector('[data-testid=outlet]')?.textContent,
      site: document.querySelector('[data-testid=site]')?.textContent,
      script: document.querySelector('[data-testid=script]')?.textContent,
      counts: Object.fromEntries([...document.querySelectorAll('[data-count]')].map((e) => [e.getAttribute('data-count'), Number(e.textContent)])),
      buttons: [...document.querySelectorAll('[data-testid=convert] button[data-to]')].map((x) => x.textContent),
      sidebar: document.querySelector('[data-testid=sidebar]')?.textContent,
      siteHeading: document.querySelector('#kb-site-heading')?.textContent,
      siteOn: document.querySelector('[data-testid=site-enabled]')?.checked,
      rule: document.querySelector('[data-testid=site-rule]')?.value,
    }));
    if (screenshots && chromium()) {
      mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
      await popup.setViewportSize({ width: 360, height: 640 });
      await popup.locator('main').screenshot({ path: path.join(ROOT, 'docs/popup.png') });
    }
    await popup.close();
    assert.equal(s.article, 'true');
    assert.equal(s.state, 'Article recognised');
    assert.equal(s.outlet, "人民网 People's Daily");
    assert.equal(s.site, 'people.com.cn');
    assert.equal(s.script, 'Written in Traditional · Shown as: Original');
    assert.ok(s.counts.figure > 40 && s.counts.date > 2 && s.counts.program > 20, JSON.stringify(s.counts));
    assert.deepEqual(s.buttons, ['简', '繁 台', '繁 港', '原文']);
    assert.equal(s.sidebar, 'Open the sidebar');
    assert.equal(s.siteHeading, 'On hn.people.com.cn');
    assert.equal(s.siteOn, true);
    assert.equal(s.rule, '');
  });

  test('popup: the figure switch removes the figure marks, and brings them back', T, async () => {
    const page = await annotatedSeed();
    const before = await marks(page, 'figure');
    assert.ok(before > 40, `figure marks: ${before}`);
    const popup = await popupFor(await tabOf(URLS.seed));
    await click(popup, 'input[data-kind=figure]');
    await poll(async () => (await marks(page, 'figure')) === 0, { message: 'no figure marks' });
    assert.ok((await marks(page, 'program')) > 0, 'programs stay');
    assert.equal(await popup.evaluate(() => document.querySelector('input[data-kind=figure]').checked), false);
    await click(popup, 'input[data-kind=figure]');
    await poll(async () => (await marks(page, 'figure')) === before, { message: 'figure marks back' });
    await popup.close();
  });

  test('popup: 简 converts the page to Simplified, 原文 restores it', T, async () => {
    const page = await annotatedSeed();
    const popup = await popupFor(await tabOf(URLS.seed));
    const title = () => page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
    const original = await title();
    await click(popup, '[data-testid=convert] button[data-to=simplified]');
    await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-kanbao-script') === 'simplified'), { message: 'Simplified' });
    assert.match(await title(), /守护万家灯火/);
    await poll(() => popup.evaluate(() => document.querySelector('button[data-to=simplified]').getAttribute('aria-pressed') === 'true'), {
      message: '简 pressed in the popup',
    });
    await click(popup, '[data-testid=convert] button[data-to=original]');
    await poll(() => page.evaluate(() => !document.documentElement.hasAttribute('data-kanbao-script')), { message: 'Original' });
    assert.equal(await title(), original);
    await popup.close();
  });

  test('popup: from the keyboard alone — Tab to 繁 台 and Enter converts, Enter on 原文 restores', T, async () => {
    const page = await annotatedSeed();
    const popup = await popupFor(await tabOf(URLS.seed));
    await popup.bringToFront();
    const focused = () => popup.evaluate(() => {
      const e = document.activeElement;
      return e ? `${e.tagName.toLowerCase()}:${e.getAttribute('data-to') ?? e.getAttribute('data-kind') ?? e.getAttribute('data-testid') ?? ''}` : '';
    });
    const order = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      order.push(await focused());
      if (order.at(-1) === 'button:taiwan') break;
    }
    assert.deepEqual(order, ['button:options', 'input:figure', 'input:date', 'input:program', 'button:simplified', 'button:taiwan']);
    await popup.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-kanbao-script') === 'taiwan'), { message: 'Taiwan' });
    await popup.keyboard.press('Tab'); // 繁 港
    await popup.keyboard.press('Tab'); // 原文
    await popup.keyboard.press('Enter');
    await poll(() => page.evaluate(() => !document.documentElement.hasAttribute('data-kanbao-script')), { message: 'Original' });
    await popup.close();
  });

  test('popup: opens and closes the sidebar', T, async () => {
    const page = await annotatedSeed();
    const popup = await popupFor(await tabOf(URLS.seed));
    await click(popup, '[data-testid=sidebar]');
    await poll(() => page.evaluate(() => !!document.querySelector('kanbao-sidebar')?.shadowRoot?.querySelector('aside')), { message: 'sidebar open' });
    await poll(() => popup.evaluate(() => document.querySelector('[data-testid=sidebar]').textContent === 'Close the sidebar'), { message: 'popup says close' });
    await click(popup, '[data-testid=sidebar]');
    await poll(() => page.evaluate(() => !document.querySelector('kanbao-sidebar')), { message: 'sidebar closed' });
    await popup.close();
  });

  test('popup: the per-site switch turns Kanbao off on the site (the page reloads unannotated) and on again', { timeout: 90_000 }, async () => {
    const page = await annotatedSeed();
    const tabId = await tabOf(URLS.seed);
    const popup = await popupFor(tabId);
    try {
      // The popup stores the choice, reloads the tab and shows the new state when the page has loaded.
      const settled = (text) => poll(() => popup.evaluate((t) => {
        const main = document.querySelector('main');
        return main?.dataset.status === 'ready' && main.getAttribute('aria-busy') === 'false'
          && document.querySelector('[data-testid=state]')?.textContent === t;
      }, text), { message: `the popup to say "${text}"`, timeout: 20_000 });
      await click(popup, '[data-testid=site-enabled]');
      await settled('Kanbao is off on this site.');
      await poll(() => page.evaluate(() => document.readyState === 'complete' && !document.documentElement.hasAttribute('data-kanbao')), {
        message: 'the reloaded page left alone',
      });
      assert.equal(await marks(page, 'figure'), 0);
      assert.deepEqual((await readSettings()).sites.off, ['hn.people.com.cn']);
      assert.equal(await popup.evaluate(() => document.querySelector('[data-testid=site-enabled]').checked), false);
      await click(popup, '[data-testid=site-enabled]');
      await settled('Article recognised');
      await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'annotated again' });
      assert.deepEqual((await readSettings()).sites.off, []);
    } finally {
      await popup.close();
      await clearSettings();
    }
  });

  test('options page: every section, the commands with their keys, in both browsers', T, async () => {
    const options = await extensionPage('options.html');
    await poll(() => options.evaluate(() => document.querySelector('main')?.dataset.ready === 'true'), { message: 'options ready' });
    const s = await options.evaluate(() => ({
      title: document.title,
      sections: [...document.querySelectorAll('section h2')].map((h) => h.textContent),
      sites: document.querySelectorAll('[data-testid=builtin-sites] input[type=checkbox]').length,
      commands: [...document.querySelectorAll('[data-testid=commands] tr')].map((r) => r.getAttribute('data-command')),
      keys: [...document.querySelectorAll('[data-testid=commands] kbd')].length,
      hint: document.querySelector('#shortcuts p.hint')?.textContent,
    }));
    if (screenshots && chromium()) {
      await options.setViewportSize({ width: 860, height: 900 });
      await options.screenshot({ path: path.join(ROOT, 'docs/options.png'), fullPage: true });
    }
    await options.close();
    assert.equal(s.title, 'Kanbao settings');
    assert.deepEqual(s.sections, ['Sites', 'More sites', 'Highlights', 'Script conversion', 'Sidebar', 'Conversion overrides', 'Library', 'Keyboard shortcuts', 'Import and export']);
    assert.equal(s.sites, 10);
    // Chrome lists the toolbar button's own command (`_execute_action`) with the five of ours.
    assert.deepEqual(s.commands.filter((c) => !c.startsWith('_')).sort(),
      ['convert-original', 'convert-simplified', 'convert-traditional', 'toggle-highlights', 'toggle-sidebar']);
    assert.equal(s.keys, 4);
    assert.match(s.hint, chromium() ? /chrome:\/\/extensions\/shortcuts/ : /about:addons/);
  });

  test('options page: an automatic conversion rule takes effect on the next load of the seed page', { timeout: 90_000 }, async () => {
    const page = await annotatedSeed();
    const tabId = await tabOf(URLS.seed);
    const options = await extensionPage('options.html');
    try {
      await poll(() => options.evaluate(() => document.querySelector('main')?.dataset.ready === 'true'), { message: 'options ready' });
      await fill(options, '[data-testid=add-rule] input', 'hn.people.com.cn');
      await fill(options, '[data-testid=add-rule] select', 'simplified');
      await click(options, '[data-testid=add-rule] button[type=submit]');
      await poll(async () => (await readSettings())?.conversion.rules['hn.people.com.cn'] === 'simplified', { message: 'rule stored' });
      await page.reload();
      await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-kanbao-script') === 'simplified'), {
        message: 'the reloaded seed page converted to Simplified by the rule', timeout: 20_000,
      });
      assert.match(await page.evaluate(() => document.querySelector('h1')?.textContent ?? ''), /守护万家灯火/);
      assert.equal((await b().state(tabId)).converted, 'simplified');
      // Remove the rule from the page, and show the original again (remembered for the site).
      await click(options, '[data-testid=rules] button');
      await poll(async () => Object.keys((await readSettings())?.conversion.rules ?? {}).length === 0, { message: 'rule removed' });
      await b().send(tabId, { type: 'kanbao/convert', to: 'original' });
    } finally {
      await options.close();
      await clearSettings();
    }
  });

  test('options page: a kind switched off there is hidden when the seed page next loads', { timeout: 90_000 }, async () => {
    const page = await annotatedSeed();
    const options = await extensionPage('options.html');
    try {
      await poll(() => options.evaluate(() => document.querySelector('main')?.dataset.ready === 'true'), { message: 'options ready' });
      await click(options, '[data-testid=show-date]');
      await poll(async () => (await readSettings())?.highlights.shown.date === false, { message: 'stored' });
      await page.reload();
      await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'annotated' });
      assert.equal(await marks(page, 'date'), 0);
      assert.ok((await marks(page, 'figure')) > 40);
      const state = await b().state(await tabOf(URLS.seed));
      assert.equal(state.kinds.date, false);
      assert.ok(state.counts.date > 2, 'found, not shown');
    } finally {
      await options.close();
      await clearSettings();
      await page.reload();
      await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'annotated' });
    }
  });

  test('annotate selection: figures, dates and programs of a selected text, on an article and on a page the detector did not take', T, async () => {
    await annotatedSeed();
    const text = '2022年，全省刑事警情同比下降61.6%，推行“一件事一次办”。';
    const reply = await b().send(await tabOf(URLS.seed), { type: 'kanbao/annotate-selection', text });
    assert.deepEqual(reply.items.map((i) => [i.kind, i.text]).sort(), [['date', '2022年'], ['figure', '61.6%'], ['program', '“一件事一次办”']].sort());
    assert.equal((await b().state(await tabOf(URLS.seed))).sidebarOpen, true, 'the sidebar opened to list it');
    await b().send(await tabOf(URLS.seed), { type: 'kanbao/sidebar', open: false });

    // The list page has only the detector: load the annotator as the menu click does (activeTab), then ask.
    const list = await open(URLS.list);
    const listTab = await tabOf(URLS.list);
    await b().evaluateInExtension(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      if (api.scripting?.executeScript) await api.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/news.js'] });
      else await api.tabs.executeScript(id, { file: '/content-scripts/news.js', frameId: 0 });
    }, listTab);
    const r = await poll(() => b().send(listTab, { type: 'kanbao/annotate-selection', text }).then((x) => x?.items && x), { message: 'a selection reply' });
    assert.equal(r.counts.figure, 1);
    assert.equal(await list.evaluate(() => document.documentElement.hasAttribute('data-kanbao')), false, 'the page itself is not annotated');
    const state = await b().state(listTab);
    assert.equal(state.isArticle, false, 'the annotator answers for the page now, still not an article');
  });

  test('popup: "Annotate this page" on a page the detector did not take reads it as an article', T, async () => {
    const list = await open(URLS.list);
    const listTab = await tabOf(URLS.list);
    const popup = await popupFor(listTab);
    assert.equal(await popup.evaluate(() => document.querySelector('[data-testid=state]').textContent), 'Not an article');
    await click(popup, '[data-testid=annotate-page]');
    await poll(() => popup.evaluate(() => document.querySelector('[data-testid=state]')?.textContent === 'Annotated on request'), {
      message: 'the popup says annotated on request',
    });
    await poll(() => list.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'the list page annotated' });
    const state = await b().state(listTab);
    assert.equal(state.isArticle, true);
    assert.equal(state.page.signals.at(-1), 'forced');
    assert.ok(await popup.evaluate(() => document.querySelectorAll('[data-testid=convert] button').length === 4), 'convert buttons offered');
    await popup.close();
  });
}
