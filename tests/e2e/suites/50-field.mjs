// Sites beyond the built-in outlets, in both browsers. A provincial portal's article (a constructed
// page at its real-shaped address on news.southcn.com) is left alone at first; "Annotate this page"
// after the toolbar button (activeTab) annotates it; once the reader switches on "provincial and
// local media" in the options page, its articles annotate on load and its list page does not; switched
// off, the next load is left alone again.
//
// The browser's permission prompt cannot be answered headless, so the second part runs in a browser
// of its own where the grant needs no prompt: Chromium loads a copy of the build whose manifest
// already holds the any-host permission (the request then resolves at once, as for a granted host),
// Firefox runs with extensions.webextOptionalPermissionPrompts off (the request is granted without
// the doorhanger). Both go through the options page's real switch and permissions.request.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { CHROME_EXT, gotoExtensionPage, launchChromium, launchFirefox, readMarks } from '../harness.mjs';

const ARTICLE = 'http://news.southcn.com/node_2a1b3c4d5e/7f8e9d0c1b.shtml';
const LIST = 'http://news.southcn.com/node_2a1b3c4d5e/';

export function define(ctx) {
  const { test, assert, T, poll, open } = ctx;
  const b = () => ctx.b;
  const chromium = (x = ctx.b) => 'context' in x;

  /** The page stays unmarked through a short window after it loaded. */
  const staysAlone = async (page) => {
    const deadline = Date.now() + 1000;
    do {
      const m = await page.evaluate(readMarks);
      assert.equal(m.readyState, 'complete');
      assert.equal(m.kanbao, null, 'no data-kanbao');
      await new Promise((r) => setTimeout(r, 150));
    } while (Date.now() < deadline);
  };
  const annotated = (page) => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated'));

  test('field: an article outside the built-in outlets is left alone, and the extension cannot even see its tab', T, async () => {
    const page = await open(ARTICLE);
    assert.ok(ctx.srv.requests.some((r) => r.url === ARTICLE && r.status === 200), 'served at its real address');
    await staysAlone(page);
    await assert.rejects(() => b().tabIdFor(ARTICLE));
  });

  test('field: "Annotate this page" after the toolbar button (activeTab) annotates the article', T, async () => {
    const page = await open(ARTICLE);
    await b().pressToolbarButton(ARTICLE);
    const tabId = await poll(() => b().tabIdFor(ARTICLE), { message: 'the tab, visible through activeTab' });
    const popup = await b().openPopup(tabId);
    await popup.waitForSelector('[data-testid=annotate-page]');
    await popup.evaluate(() => document.querySelector('[data-testid=annotate-page]').click());
    await poll(() => annotated(page), { message: 'the article annotated on request' });
    const state = await b().state(tabId);
    assert.equal(state.isArticle, true);
    assert.ok(state.counts.figure > 0, 'figures highlighted');
    await popup.close();
  });

  describe('field: once the reader switches on provincial and local media', () => {
    let own;
    let copy;
    let options;

    before(async () => {
      if (chromium()) {
        copy = mkdtempSync(path.join(os.tmpdir(), 'kanbao-granted-'));
        cpSync(CHROME_EXT, copy, { recursive: true });
        const file = path.join(copy, 'manifest.json');
        const manifest = JSON.parse(readFileSync(file, 'utf8'));
        manifest.host_permissions = [...manifest.host_permissions, '*://*/*'];
        writeFileSync(file, JSON.stringify(manifest));
        own = await launchChromium({ port: ctx.srv.port, extensionPath: copy });
      } else {
        own = await launchFirefox({ port: ctx.srv.port, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
      }
      options = await own.newPage();
      const url = `${own.extensionBase}options.html`;
      if (chromium(own)) await options.goto(url);
      else await gotoExtensionPage(options, url);
      await options.waitForSelector('[data-testid=group-local]');
    }, { timeout: 90_000 });

    after(async () => {
      await own?.close();
      if (copy) rmSync(copy, { recursive: true, force: true });
    }, { timeout: 30_000 });

    const localOn = () => options.evaluate(() => document.querySelector('[data-testid=group-local]').checked);

    test('field: the options page switch asks for the group and shows it on', T, async () => {
      assert.equal(await localOn(), false);
      await options.click('[data-testid=group-local]'); // a real click: permissions.request needs the gesture
      await poll(localOn, { message: 'the switch on' });
      // The switch turns on once the permission is granted; the settings are written right after,
      // in another task: wait for the write rather than read once.
      const readGroups = () => own.evaluateInExtension(() =>
        (globalThis.browser ?? globalThis.chrome).storage.local.get('settings').then((r) => r.settings?.sites?.groups ?? null));
      const saved = await poll(async () => {
        const groups = await readGroups();
        return Array.isArray(groups) && groups.length > 0 ? groups : null;
      }, { message: 'the group saved in the settings' });
      assert.deepEqual(saved, ['local']);
    });

    test('field: an article of that site is annotated on load', T, async () => {
      const page = await own.newPage();
      await page.goto(ARTICLE);
      await poll(async () => (await page.evaluate(readMarks)).kanbao === 'article' && annotated(page), { message: 'the article annotated on load' });
      const state = await own.waitForState(await poll(() => own.tabIdFor(ARTICLE), { message: 'tab id' }));
      assert.equal(state.isArticle, true);
      assert.ok(state.counts.figure > 0, 'figures highlighted');
      await page.close();
    });

    test('field: a list page of that site is not', T, async () => {
      const page = await own.newPage();
      await page.goto(LIST);
      const reply = await own.waitForState(await poll(() => own.tabIdFor(LIST), { message: 'tab id' }));
      assert.equal(reply.isArticle, false, 'the detector ran and said no');
      await staysAlone(page);
      await page.close();
    });

    test('field: switched off, the next load of the article is left alone', T, async () => {
      await options.click('[data-testid=group-local]');
      await poll(async () => !(await localOn()), { message: 'the switch off' });
      const page = await own.newPage();
      await page.goto(ARTICLE);
      await staysAlone(page);
      await page.close();
    });
  });
}
