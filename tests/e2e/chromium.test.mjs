// Real-browser suite, Chromium (playwright-core, headless, MV3 build). Run: npm run test:e2e
import { defineExtensionSuite, launchChromium } from './harness.mjs';

await defineExtensionSuite('chromium', launchChromium);
