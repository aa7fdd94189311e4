// Real-browser suite, Firefox ESR (puppeteer-core over WebDriver BiDi, headless, MV2 build). Run: npm run test:e2e
import { defineExtensionSuite, launchFirefox } from './harness.mjs';

await defineExtensionSuite('firefox', launchFirefox);
