// Accessibility in both browsers: axe-core's WCAG 2.0/2.1 A and AA rules on every surface Kanbao shows
// (the popup, the options page, the library page empty and with an article, the sidebar in its shadow
// root, the marks on the seed page, and the tooltip of each kind, a formulation's with its glossary
// card), in light and dark, in English and in Chinese. Every test asserts zero violations and prints
// each rule's id, its targets and what failed when there are some.
//
// The suite runs in browsers of its own, so the library starts empty: the empty library page is
// tested before any article is read. Colour scheme: Chromium emulates it per page; Firefox reads it
// from the `layout.css.prefers-color-scheme.content-override` pref, set from its chrome scope (which
// the harness already reaches). Interface language: Chromium takes `--lang` (and LANGUAGE, which
// Linux builds read instead); Firefox takes `intl.locale.requested` and needs its Chinese language
// pack (the harness's `locale` option fails the launch without it). Each browser must then say, and
// the popup must show, the language asked for: a run that fell back to English cannot pass.
//
// Only Kanbao's own elements are tested on a news page: the saved pages have faults of their own
// that are not ours to fix.
import { after, before, describe } from 'node:test';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXT, FIREFOX_EXT, gotoExtensionPage, launchChromium, launchFirefox } from '../harness.mjs';

/** axe-core's own source, as a script to evaluate in each page. */
const AXE_SOURCE = axe.source;
const RULES = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations', 'incomplete'] };
/** A Simplified page with a formulation the glossary knows (xinhua_05: “四个意识”). */
const GLOSSED = 'http://www.xinhuanet.com/politics/2020-07/08/c_1126212966.htm';
/** The lang Kanbao's surfaces carry in each interface language tested. */
const UI_LANG = { en: 'en', 'zh-CN': 'zh-Hans' };
/** The suite file running (tests/e2e/firefox.test.mjs or chromium.test.mjs). */
const FIREFOX = process.argv.some((a) => /firefox\.test\.mjs$/.test(a));
/** The extension's locale folder for each interface language tested. */
const LOCALE_DIR = { en: 'en', 'zh-CN': 'zh_CN' };

/** A message of the built extension in `locale`, as its page should show it. */
function builtMessage(locale, key) {
  const file = path.join(FIREFOX ? FIREFOX_EXT : CHROME_EXT, '_locales', LOCALE_DIR[locale], 'messages.json');
  const message = JSON.parse(readFileSync(file, 'utf8'))[key]?.message;
  if (!message) throw new Error(`no message ${key} in ${file}`);
  return message;
}

/** Runs axe in the page on `context` (a selector list, or the whole document) and returns its violations. */
async function axeViolations(page, context) {
  const loaded = await page.evaluate(() => typeof globalThis.axe?.run === 'function');
  // Evaluated as the expression itself: an extension page's CSP forbids eval and inline scripts, not the driver.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([ctx, rules]) => {
      const where = ctx ? { include: ctx.map((s) => [...document.querySelectorAll(s)]).flat() } : document;
      if (ctx && where.include.length === 0) throw new Error(`nothing to test: no ${ctx.join(', ')}`);
      const r = await globalThis.axe.run(where, rules);
      // Contrast axe could not decide (a box laid over the page, an empty field, a one-glyph icon) is
      // measured here instead: the text's colour on the nearest opaque background among its
      // ancestors, across shadow roots, with WCAG's formula. A node with no opaque background under
      // it counts as a failure: Kanbao's colours are its own to prove, not the page's.
      const rgba = (c) => {
        const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(c);
        return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
      };
      const lum = ([r0, g0, b0]) => {
        const [r1, g1, b1] = [r0, g0, b0].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r1 + 0.7152 * g1 + 0.0722 * b1;
      };
      const parentOf = (el) => el.parentElement ?? el.getRootNode().host ?? null;
      const over = (top, under) => under.map((c, i) => (i < 3 ? top[i] * top[3] + c * (1 - top[3]) : 1));
      const measure = (el) => {
        // Translucent backgrounds (a mark's tint) laid over the first opaque one, or over the
        // canvas, which a page that sets no colour paints white.
        const layers = [];
        let bg = null;
        for (let a = el; a && !bg; a = parentOf(a)) {
          const c = rgba(getComputedStyle(a).backgroundColor);
          if (c && c[3] === 1) bg = c;
          else if (c && c[3] > 0) layers.push(c);
        }
        if (!bg && el.getRootNode() === document) bg = [255, 255, 255, 1];
        for (const layer of layers.reverse()) if (bg) bg = over(layer, bg);
        const style = getComputedStyle(el);
        const fg = rgba(style.color);
        if (!bg || !fg) return { ratio: null, needed: 4.5 };
        const mixed = fg.slice(0, 3).map((c, i) => c * fg[3] + bg[i] * (1 - fg[3]));
        const [hi, lo] = [lum(mixed), lum(bg)].sort((x, y) => y - x);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        return { ratio: (hi + 0.05) / (lo + 0.05), needed: large ? 3 : 4.5, fg: style.color, bg: `rgb(${bg.slice(0, 3).join(', ')})` };
      };
      const undecided = r.incomplete.filter((v) => v.id === 'color-contrast').map((v) => ({
        ...v,
        id: 'color-contrast (measured)',
        nodes: v.nodes
          .map((n) => ({ n, m: measure(globalThis.axe.utils.shadowSelect(Array.isArray(n.target[0]) ? n.target[0] : n.target)) }))
          .filter(({ m }) => m.ratio === null || m.ratio < m.needed)
          .map(({ n, m }) => ({ ...n, failureSummary: m.ratio === null ? 'no opaque background under it' : `${m.ratio.toFixed(2)}:1 (${m.fg} on ${m.bg}), needs ${m.needed}:1` })),
      })).filter((v) => v.nodes.length > 0);
      return [...r.violations, ...undecided].map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' >> '), why: n.failureSummary?.replace(/\s+/g, ' ') })),
      }));
    },
    [context ?? null, RULES],
  );
}

const report = (violations) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 8).map((n) => `    ${n.target} — ${n.why}`).join('\n')}`).join('\n');

export function define(ctx) {
  const { test, assert, T, poll } = ctx;
  const chromium = () => 'context' in ctx.b;

  // define() runs before the browser exists: the browser is told by the file running.
  for (const locale of ['en', 'zh-CN']) {
    describe(`axe (${locale})`, () => {
      let own;
      const pages = new Map();

      const extensionPage = async (file) => {
        const page = await own.newPage();
        const url = `${own.extensionBase}${file}`;
        if ('context' in own) await page.goto(url);
        else await gotoExtensionPage(page, url);
        return page;
      };
      const newsPage = async (url) => {
        if (!pages.has(url)) {
          const page = await own.newPage();
          await page.goto(url);
          await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: `${url} annotated`, timeout: 20_000 });
          pages.set(url, page);
        }
        return pages.get(url);
      };
      /** Puts `page` in `scheme` (light or dark) and checks that it took. */
      const scheme = async (page, name) => {
        if ('context' in own) await page.emulateMedia({ colorScheme: name });
        else await setFirefoxScheme(own, name);
        await poll(() => page.evaluate((n) => matchMedia(`(prefers-color-scheme: ${n})`).matches, name), { message: `prefers-color-scheme: ${name}` });
      };
      const expectClean = async (page, what, context) => {
        const v = await axeViolations(page, context);
        assert.equal(v.length, 0, `${what}: ${v.length} axe violation(s)\n${report(v)}`);
      };
      const tooltipOf = async (page, kind, words) => {
        // Focus events reach only the tab in front (Firefox).
        await page.bringToFront();
        await page.evaluate(() => document.activeElement?.blur());
        await poll(() => page.evaluate(([k, w]) => {
          const mark = [...document.querySelectorAll(`kanbao-mark[data-kind="${k}"][tabindex="0"]`)].find((m) => !w || m.textContent.includes(w));
          if (!mark) return false;
          mark.scrollIntoView({ block: 'center' });
          mark.focus();
          const host = document.querySelector('kanbao-tooltip');
          const box = host?.shadowRoot?.querySelector('.box');
          return host?.style.getPropertyValue('display') === 'block' && box?.getAttribute('data-kind') === k && (k !== 'program' || !!box.querySelector('.card'));
        }, [kind, words]), { message: `the ${kind} tooltip${words ? ` of ${words}` : ''}` });
      };
      const it = (name, fn, opts = T) => test(`axe (${locale}): ${name}`, opts, fn);

      before(async () => {
        if (chromium()) {
          const lang = locale === 'en' ? 'en-US' : locale;
          own = await launchChromium({ port: ctx.srv.port, args: [`--lang=${lang}`], env: { LANGUAGE: lang.replace('-', '_') } });
        } else {
          own = await launchFirefox({ port: ctx.srv.port, ...(locale === 'en' ? {} : { locale }) });
        }
        const ui = await own.evaluateInExtension(() => {
          const { i18n } = globalThis.browser ?? globalThis.chrome;
          return { language: i18n.getUILanguage(), speaks: i18n.getMessage('glossary_lang') };
        });
        // Firefox's getUILanguage is the language pack in use. Headless Chromium answers en-US
        // whatever its --lang, while it picks the extension's messages by LANGUAGE: there the
        // messages, and the popup's strings below, are the check.
        if (!chromium()) assert.match(ui.language, locale === 'en' ? /^en(-|$)/ : /^zh-CN$/, `the extension's interface language is ${locale}`);
        assert.equal(ui.speaks, locale === 'en' ? 'en' : 'zh', `the extension's messages are in ${locale}`);
      }, { timeout: 90_000 });
      after(async () => {
        await own?.close();
      }, { timeout: 30_000 });

      for (const name of ['light', 'dark']) {
        it(`the empty library page (${name})`, async () => {
          const page = await extensionPage('library.html');
          await scheme(page, name);
          await poll(() => page.evaluate(() => document.querySelector('main, [role=main]') !== null && document.readyState === 'complete'), { message: 'the library page' });
          await expectClean(page, `library.html, empty, ${name}`);
          await page.close();
        });
      }

      for (const name of ['light', 'dark']) {
        it(`the popup (${name})`, async () => {
          await newsPage(ctx.URLS.seed);
          const tabId = await poll(() => own.tabIdFor(ctx.URLS.seed), { message: 'the seed tab' });
          const popup = await own.openPopup(tabId);
          await scheme(popup, name);
          await poll(() => popup.evaluate(() => document.querySelector('main')?.dataset.status === 'ready'), { message: 'the popup ready' });
          // The page tested is the one in the language asked for: its strings are the locale's own.
          const shown = await popup.evaluate(() => ({
            state: document.querySelector('[data-testid=state]')?.textContent.trim(),
            options: document.querySelector('[data-testid=options]')?.textContent.trim(),
          }));
          assert.deepEqual(shown, { state: builtMessage(locale, 'popup_article'), options: builtMessage(locale, 'popup_options') }, `the popup speaks ${locale}`);
          await expectClean(popup, `popup, ${name}`);
          await popup.close();
        });

        it(`the options page (${name})`, async () => {
          const page = await extensionPage('options.html');
          await scheme(page, name);
          await poll(() => page.evaluate(() => document.querySelectorAll('input, select').length > 0), { message: 'the options form' });
          await expectClean(page, `options.html, ${name}`);
          await page.close();
        });

        it(`the library page with an article (${name})`, async () => {
          const seed = await newsPage(ctx.URLS.seed);
          await poll(() => seed.evaluate(() => performance.getEntriesByName('kanbao:record').length > 0), { message: 'the seed\'s record sent' });
          const page = await extensionPage('library.html');
          await scheme(page, name);
          // The record may be stored after the page has read the list: read it again until it is there.
          let tries = 0;
          await poll(async () => {
            const listed = await page.evaluate(() => document.querySelectorAll('[data-testid=articles] tbody tr').length > 0);
            if (!listed && ++tries % 10 === 0) await page.evaluate(() => location.reload());
            return listed;
          }, { message: 'the article listed', timeout: 20_000 });
          await expectClean(page, `library.html, one article, ${name}`);
          await page.close();
        });

        it(`the marks on the seed page (${name})`, async () => {
          const page = await newsPage(ctx.URLS.seed);
          await scheme(page, name);
          await expectClean(page, `marks, ${name}`, ['kanbao-mark']);
        });

        for (const [kind, url, words] of [['figure', ctx.URLS.seed], ['date', ctx.URLS.seed], ['program', GLOSSED, '四个意识']]) {
          it(`the ${kind} tooltip${kind === 'program' ? ' with its glossary card' : ''} (${name})`, async () => {
            const page = await newsPage(url);
            await scheme(page, name);
            await tooltipOf(page, kind, words);
            await expectClean(page, `${kind} tooltip, ${name}`, ['kanbao-tooltip', 'kanbao-mark:focus']);
            // Not axe's to check: the tooltip speaks the interface's language, and its mark points to it.
            const a = await page.evaluate(() => {
              const mark = document.activeElement;
              const host = document.getElementById(mark?.getAttribute('aria-describedby') ?? '');
              return { host: host?.localName ?? null, lang: host?.getAttribute('lang') ?? null, card: host?.shadowRoot?.querySelector('.card')?.getAttribute('lang') ?? null };
            });
            assert.equal(a.host, 'kanbao-tooltip', 'the focused mark is described by the tooltip');
            assert.equal(a.lang, UI_LANG[locale], 'the tooltip\'s lang');
            if (kind === 'program') assert.equal(a.card, 'zh-Hans', 'the glossary card\'s lang (a Simplified card)');
            await page.evaluate(() => document.activeElement?.blur());
          });
        }

        it(`the sidebar, its programs' card open (${name})`, async () => {
          const page = await newsPage(GLOSSED);
          await scheme(page, name);
          const tabId = await poll(() => own.tabIdFor(GLOSSED), { message: 'the glossed tab' });
          await own.send(tabId, { type: 'kanbao/sidebar', open: true });
          await poll(() => page.evaluate(() => {
            const root = document.querySelector('kanbao-sidebar')?.shadowRoot;
            const button = root?.querySelector('[data-section="programs"] .kb-disclosure');
            if (!root?.querySelector('aside') || !button) return false;
            if (button.getAttribute('aria-expanded') !== 'true') button.click();
            return !!root.querySelector('.kb-card');
          }), { message: 'the sidebar open with a glossary card' });
          await expectClean(page, `sidebar, ${name}`, ['kanbao-sidebar']);
          const lang = await page.evaluate(() => {
            const host = document.querySelector('kanbao-sidebar');
            return [host?.getAttribute('lang'), host?.shadowRoot?.querySelector('.kb-root')?.getAttribute('lang')];
          });
          assert.deepEqual(lang, [UI_LANG[locale], UI_LANG[locale]], 'the sidebar\'s lang, on its host and its root');
          await own.send(tabId, { type: 'kanbao/sidebar', open: false });
        });
      }
    });
  }
}

/** Firefox: the colour scheme web content sees, through the pref (0 dark, 1 light). */
async function setFirefoxScheme(own, name) {
  const { browser } = own;
  const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? result.contexts[0];
  const expression = `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${name === 'dark' ? 0 : 1}), true`;
  const r = await browser.connection.send('script.evaluate', { expression, target: { context: chrome.context }, awaitPromise: false });
  if (r.result?.result?.value !== true) throw new Error(`could not set the colour scheme: ${JSON.stringify(r.result)}`);
}
