// `npm run demo`: build the Chrome extension, serve the corpus at its real URLs, open the seed page
// (http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html) in Chromium with Kanbao loaded,
// print what Kanbao recognised and save a screenshot to .tmp/demo/demo-seed.png. The screenshot goes
// to an ignored folder so that running the demo never changes a tracked file; docs/demo-seed.png is
// refreshed by copying it there on purpose.
//
// With $DISPLAY set the browser opens in a window and the script waits for you to close it; without,
// it runs headless and exits. `--no-build` skips the build (uses the existing build). The build goes
// to KANBAO_OUTPUT_DIR when set, else .output/ (wxt.config.ts and the harness read the same variable).
// Exit code 0 when the seed page was recognised and annotated, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startServer, URLS, ROOT } from './serve.mjs';
import { launchChromium, poll, readMarks, CHROME_EXT, OUTPUT_DIR } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const headless = !process.env.DISPLAY;
const SHOT = path.join(ROOT, '.tmp/demo/demo-seed.png');

/**
 * Whether fontconfig knows a font with Chinese glyphs. Without one, Chromium draws the article as
 * boxes: the counts are still right, the screenshot is not. null when fc-list itself is missing.
 */
function hasChineseFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim() !== '';
}

if (!args.includes('--no-build')) {
  console.log(`demo: building the Chrome extension into ${path.relative(ROOT, OUTPUT_DIR)}/ (npx wxt build)…`);
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('demo: build failed');
    process.exit(1);
  }
}

const show = (v) => (v === undefined ? '(not in reply)' : v === null ? '—' : Array.isArray(v) ? (v.length ? v.join('、') : '(none)') : typeof v === 'object' ? JSON.stringify(v) : String(v));

const srv = await startServer();
let b;
let exitCode = 1;
try {
  b = await launchChromium({ port: srv.port, headless, viewport: { width: 1280, height: 900 } });
  console.log(`demo: Chromium ${headless ? 'headless' : 'in a window'}, extension ${b.extensionId} from ${path.relative(ROOT, CHROME_EXT)}, fixture server on :${srv.port}`);
  const page = b.context.pages()[0] ?? (await b.newPage());
  await page.goto(URLS.seed);
  const tabId = await poll(() => b.tabIdFor(URLS.seed), { message: 'the seed tab' });

  const marked = await poll(() => page.evaluate(readMarks).then((m) => m.kanbao === 'article' && m), {
    message: 'data-kanbao="article" on the seed page',
  }).catch((err) => {
    console.warn(`demo: ${err.message}`);
    return null;
  });
  // The highlights come a moment after the verdict (the article is read and annotated in slices):
  // wait for them, so the counts and the screenshot show the annotated page.
  const annotated = await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-kanbao-annotated')), {
    message: 'data-kanbao-annotated on the seed page',
  }).catch((err) => {
    console.warn(`demo: ${err.message}`);
    return null;
  });
  const reply = await b.waitForState(tabId);

  const field = (k) => (k in reply ? reply[k] : reply.article && k in reply.article ? reply.article[k] : undefined);
  const shown = ['isArticle', 'site', 'title', 'published', 'source', 'editors'];
  const lines = [
    ['page', URLS.seed],
    ['data-kanbao', marked ? `${marked.kanbao} (site ${marked.site})` : '(not set)'],
    ...shown.map((k) => [k, show(field(k))]),
    ...Object.keys(reply)
      .filter((k) => !shown.includes(k) && k !== 'page')
      .map((k) => [k, show(reply[k])]),
    ['page.template', show(reply.page?.template)],
    ['page.confidence', show(reply.page?.confidence)],
    ['page.peoplesDaily', show(reply.page?.peoplesDaily)],
    ['page.signals', show(reply.page?.signals)],
  ];
  console.log('\nKanbao on the seed page:');
  for (const [k, v] of lines) console.log(`  ${k.padEnd(18)} ${v}`);

  mkdirSync(path.dirname(SHOT), { recursive: true });
  await page.screenshot({ path: SHOT });
  console.log(`\ndemo: screenshot saved to ${path.relative(ROOT, SHOT)}`);
  const font = hasChineseFont();
  if (font === false) {
    console.warn('demo: no Chinese font installed, so the screenshot shows boxes instead of characters: install fonts-noto-cjk (Debian: sudo apt-get install -y fonts-noto-cjk).');
  } else if (font === null) {
    console.warn('demo: could not run fc-list to check for a Chinese font; if the screenshot shows boxes, install fonts-noto-cjk.');
  }
  exitCode = reply.isArticle && marked && annotated ? 0 : 1;
  if (exitCode) console.error(`demo: the seed page was NOT ${marked ? 'annotated' : 'recognised as an article'}.`);

  if (!headless) {
    console.log('demo: close the browser window to finish (or press Ctrl+C).');
    await new Promise((resolve) => {
      b.context.on('close', resolve);
      process.once('SIGINT', resolve);
    });
  }
} catch (err) {
  console.error(`demo: ${err.stack ?? err}`);
  exitCode = 1;
} finally {
  await b?.close();
  await srv.close();
}
process.exit(exitCode);
