// `npm run store-screenshots`: the five 1280×800 pictures for the store listings, made from the built
// Chrome extension in headless Chromium on the project's own fixture pages (the e2e fixture server
// serves them under their real addresses), once with the English interface into
// docs/store/screenshots/ and once with the Simplified Chinese interface into
// docs/store/screenshots/zh_CN/, which both Chinese listings use (the Traditional interface is not
// pictured apart: its strings differ from these by script only):
//
//   1-highlights.png  an article with its marks, one tooltip open
//   2-sidebar.png     the same article with the sidebar open
//   3-convert.png     the article converted from Traditional to Simplified, from its title
//   4-popup.png       the toolbar popup for that article, centred on a 1280×800 canvas
//   5-library.png     the library page after a few articles were read (5-options.png, the options
//                     page, when the build has no library page)
//
// It needs a build (`npx wxt build`; KANBAO_OUTPUT_DIR picks another build folder, as for the e2e
// tests), Chromium and a Chinese font (Debian: chromium, fonts-noto-cjk). `--locale en` or
// `--locale zh_CN` makes one set only; `--out <dir>` writes elsewhere (each set into its own folder
// under it). Each picture must stay under 400 kB; the script says if one does not.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer, URLS, ROOT } from './serve.mjs';
import { launchChromium, poll, CHROME_EXT } from '../tests/e2e/harness.mjs';

const SIZE = { width: 1280, height: 800 };
const MAX_BYTES = 400 * 1024;
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const OUT_ROOT = path.resolve(ROOT, arg('--out') ?? 'docs/store/screenshots');
/**
 * Each interface language pictured: its folder under OUT_ROOT and how Chromium is told to speak it
 * (`--lang`; LANGUAGE, which Linux builds read instead for the extension's messages; and the pages'
 * locale, for navigator.language and Intl). The script checks it took: the extension's own
 * `glossary_lang` message is `zh` in either Chinese interface. Headless Chromium still draws the
 * browser's own date fields in its en-US pattern (mm/dd/yyyy).
 */
const LOCALES = {
  en: { dir: '.', lang: 'en-US', speaks: 'en' },
  zh_CN: { dir: 'zh_CN', lang: 'zh-CN', speaks: 'zh' },
};
const only = arg('--locale');
if (only && !(only in LOCALES)) {
  console.error(`store-screenshots: --locale is one of ${Object.keys(LOCALES).join(', ')}`);
  process.exit(2);
}

/**
 * Articles read before the library picture, so it lists more than one (all in the fixture corpus;
 * over http, which the fixture server answers whatever the page's real scheme).
 */
const MORE_ARTICLES = [
  URLS.peer,
  'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html',
  'http://politics.gmw.cn/2024-05/13/content_37319243.htm',
  'http://news.youth.cn/gn/202405/t20240513_15249693.htm',
];

const written = [];
async function save(out, pageOrLocator, file, options = {}) {
  const target = path.join(out, file);
  await pageOrLocator.screenshot({ path: target, ...options });
  written.push(target);
  console.log(`store-screenshots: ${path.relative(ROOT, target)} (${(statSync(target).size / 1024).toFixed(0)} kB)`);
}

const annotated = (page) => poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), {
  message: `data-kanbao-annotated on ${page.url()}`, timeout: 30_000,
});

/** The sidebar once jieba's part (keywords, summary) has arrived. */
const sidebarReady = (page) => poll(() => page.evaluate(() => {
  const root = document.querySelector('kanbao-sidebar')?.shadowRoot;
  return Boolean(root?.querySelector('[data-section="keywords"] [data-item]'));
}), { message: 'the sidebar with its keywords', timeout: 30_000 });

/** Lets layout, fonts and transitions settle before a picture. */
const settle = (page) => page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 400)))));

/** The five pictures with the interface in `locale` (a key of LOCALES), into its folder. */
async function pictures(locale) {
  const { dir, lang, speaks } = LOCALES[locale];
  const OUT = path.join(OUT_ROOT, dir);
  mkdirSync(OUT, { recursive: true });
  const srv = await startServer();
  const b = await launchChromium({ port: srv.port, viewport: SIZE, args: [`--lang=${lang}`], env: { LANGUAGE: lang.replace('-', '_') }, locale: lang });
  try {
    const ui = await b.evaluateInExtension(() => chrome.i18n.getMessage('glossary_lang'));
    if (ui !== speaks) throw new Error(`the extension's interface speaks ${ui}, not ${locale}`);
    const page = b.context.pages()[0] ?? (await b.newPage());
    await page.goto(URLS.seed);
    await annotated(page);
    const tabId = await poll(() => b.tabIdFor(URLS.seed), { message: 'the seed tab' });

    // 1. Marks, with the tooltip of one figure open (keyboard focus opens it, and scrolls to it).
    await page.bringToFront();
    await page.evaluate(() => {
      const marks = [...document.querySelectorAll('kanbao-mark[data-kind="figure"]')];
      const mark = marks.find((m) => m.textContent === '1.3萬余家') ?? marks[0];
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    });
    await poll(() => page.evaluate(() => (document.querySelector('kanbao-tooltip')?.shadowRoot?.textContent ?? '').length > 0), { message: 'the tooltip' });
    await settle(page);
    await save(OUT, page, '1-highlights.png');
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());

    // 2. The sidebar beside the article.
    await b.send(tabId, { type: 'kanbao/sidebar', open: true });
    await sidebarReady(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await save(OUT, page, '2-sidebar.png');
    await b.send(tabId, { type: 'kanbao/sidebar', open: false });

    // 3. The Traditional article in Simplified script.
    const converted = await b.send(tabId, { type: 'kanbao/convert', to: 'simplified' });
    if (converted?.converted !== 'simplified') throw new Error(`conversion did not happen: ${JSON.stringify(converted)}`);
    // From the top: the title and the first paragraphs, which the sidebar picture shows as written.
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await save(OUT, page, '3-convert.png');

    // 4. The popup for the article, drawn on a canvas of the stores' size.
    const popup = await b.openPopup(tabId);
    await poll(() => popup.evaluate(() => document.querySelector('main')?.dataset.status === 'ready'), { message: 'the popup to be ready' });
    await popup.setViewportSize({ width: 360, height: 800 });
    await settle(popup);
    const shot = await popup.locator('main').screenshot();
    await popup.close();
    const canvas = await b.newPage();
    await canvas.setViewportSize(SIZE);
    await canvas.setContent(`<!doctype html><body style="margin:0;height:100vh;display:grid;place-items:center;background:#e8eaed">
      <img alt="" style="box-shadow:0 6px 24px rgb(0 0 0 / .25);border-radius:8px;max-height:760px" src="data:image/png;base64,${shot.toString('base64')}"></body>`);
    await canvas.evaluate(() => document.querySelector('img').decode());
    await save(OUT, canvas, '4-popup.png');
    await canvas.close();

    // 5. The library after a few articles (or the options page in a build without it).
    const hasLibrary = existsSync(path.join(CHROME_EXT, 'library.html'));
    if (hasLibrary) {
      for (const url of MORE_ARTICLES) {
        const p = await b.newPage();
        await p.goto(url);
        await annotated(p);
        await p.close();
      }
      const library = await b.newPage();
      await library.setViewportSize(SIZE);
      await library.goto(`${b.extensionBase}library.html`);
      await poll(() => library.evaluate(() => document.querySelectorAll('main table tbody tr').length), {
        message: 'articles listed in the library', timeout: 20_000,
      });
      await settle(library);
      await save(OUT, library, '5-library.png');
    } else {
      const options = await b.newPage();
      await options.setViewportSize(SIZE);
      await options.goto(`${b.extensionBase}options.html`);
      await poll(() => options.evaluate(() => document.querySelector('main')?.dataset.ready === 'true'), { message: 'options ready' });
      await settle(options);
      await save(OUT, options, '5-options.png');
    }
  } finally {
    await b.close();
    await srv.close();
  }
}

async function main() {
  if (!existsSync(path.join(CHROME_EXT, 'manifest.json'))) throw new Error(`no build in ${CHROME_EXT}: run \`npx wxt build\` first`);
  for (const locale of only ? [only] : Object.keys(LOCALES)) await pictures(locale);
  const tooBig = written.filter((f) => statSync(f).size > MAX_BYTES);
  if (tooBig.length) {
    console.error(`store-screenshots: over ${MAX_BYTES / 1024} kB: ${tooBig.map((f) => path.relative(ROOT, f)).join(', ')}`);
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(`store-screenshots: ${err.stack ?? err}`);
  process.exit(1);
});
