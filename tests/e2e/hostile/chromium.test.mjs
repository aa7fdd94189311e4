// Hostile-page suite, Chromium (playwright-core, headless, MV3 build). Run: node scripts/e2e.mjs hostile-chromium
import { launchChromium } from '../harness.mjs';
import { defineHostileSuite } from './suite.mjs';

await defineHostileSuite('chromium', launchChromium);
