// Renders docs/icon.svg to the PNG sizes the manifest needs, in headless Chromium.
// Run by hand after editing the SVG: `node scripts/make-icons.mjs`; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('docs/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>` +
    svg.replace('<svg ', `<svg width="${size}" height="${size}" `));
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
