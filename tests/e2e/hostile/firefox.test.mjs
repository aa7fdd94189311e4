// Hostile-page suite, Firefox ESR (puppeteer-core over WebDriver BiDi, headless, MV2 build). Run: node scripts/e2e.mjs hostile-firefox
import { launchFirefox } from '../harness.mjs';
import { defineHostileSuite } from './suite.mjs';

await defineHostileSuite('firefox', launchFirefox);
