// `node scripts/glossary-screenshot.mjs`: the README's picture of a glossary card
// (docs/glossary-card.png): a Xinhua article from the fixture corpus in headless Chromium with the
// built extension, the tooltip of “四个意识” open. Needs a build (`npx wxt build`; KANBAO_OUTPUT_DIR
// picks another build folder), Chromium and a Chinese font.
import { statSync } from 'node:fs';
import path from 'node:path';
import { startServer, ROOT } from './serve.mjs';
import { launchChromium, poll } from '../tests/e2e/harness.mjs';

const ARTICLE = 'http://www.xinhuanet.com/politics/2020-07/08/c_1126212966.htm'; // “四个意识”, “四个自信”
const WORDS = '四个意识';
const OUT = path.join(ROOT, 'docs/glossary-card.png');

const srv = await startServer();
const b = await launchChromium({ port: srv.port, viewport: { width: 1100, height: 720 } });
try {
  const page = b.context.pages()[0] ?? (await b.newPage());
  await page.goto(ARTICLE);
  await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'annotated', timeout: 30_000 });
  // Focus opens the tooltip as hovering does; the card arrives from the background a moment later.
  await poll(() => page.evaluate((words) => {
    const mark = [...document.querySelectorAll('kanbao-mark[data-kind="program"]')].find((m) => m.textContent.includes(words));
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center' });
    mark.focus();
    return document.activeElement === mark;
  }, WORDS), { message: `a focusable mark for ${WORDS}`, timeout: 20_000 });
  await poll(() => page.evaluate(() => Boolean(document.querySelector('kanbao-tooltip')?.shadowRoot?.querySelector('.card .gloss'))), {
    message: 'the card in the tooltip', timeout: 20_000,
  });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)))));
  await page.screenshot({ path: OUT });
  console.log(`glossary-screenshot: ${path.relative(ROOT, OUT)} (${(statSync(OUT).size / 1024).toFixed(0)} kB)`);
} finally {
  await b.close();
  await srv.close();
}
