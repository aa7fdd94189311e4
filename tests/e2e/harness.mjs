// Real-browser harness: launches headless Chromium (playwright-core) and Firefox ESR (puppeteer-core over
// WebDriver BiDi) with the BUILT extension loaded, pointed at the local fixture server (scripts/serve.mjs).
// Flags and prefs carry their reason beside them where it is not obvious.
//
// A missing browser binary or build is an error (thrown), never a skip: the e2e suites must fail in CI
// when a browser is missing.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../scripts/serve.mjs';

export { ROOT };
export const CHROMIUM_BIN = process.env.KANBAO_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.KANBAO_FIREFOX ?? '/usr/bin/firefox-esr';
/** Build output; KANBAO_OUTPUT_DIR lets a throwaway build be tested with the same suites. */
export const OUTPUT_DIR = path.resolve(process.env.KANBAO_OUTPUT_DIR ?? path.join(ROOT, '.output'));
export const CHROME_EXT = path.join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_EXT = path.join(OUTPUT_DIR, 'firefox-mv2');
/** Fixed moz-extension:// UUID, so extension page URLs are known before install. */
export const FIREFOX_UUID = '6b1f6c2e-7a1d-4c5e-9f3b-1c0a4e2d8b57';
/** Default wait for anything the browser does asynchronously (ms). */
export const TIMEOUT = Number(process.env.KANBAO_E2E_TIMEOUT ?? 10_000);

/**
 * Every site host the built extension runs on, from its manifest's host permissions
 * (`*://*.people.com.cn/*` → people.com.cn): the browser is pointed at exactly the hosts the build
 * under test asks for, however the source spells them.
 */
export function siteHosts(manifest = requireBuild(CHROME_EXT, 'npx wxt build')) {
  const patterns = manifest.host_permissions ?? manifest.permissions ?? [];
  const hosts = patterns.map((p) => /^\*:\/\/\*\.([^/*]+)\/\*$/.exec(p)?.[1]).filter(Boolean);
  if (hosts.length === 0) throw new Error(`harness: no site host among the manifest's host permissions (${patterns.join(', ')})`);
  return [...new Set(hosts)];
}

/** Hosts the tests visit that the extension does NOT cover (negative pages). */
export const EXTRA_HOSTS = ['en.people.cn'];

function mustExist(file, what, hint) {
  if (!existsSync(file)) throw new Error(`${what} not found at ${file}${hint ? ` (${hint})` : ''}`);
}

function requireBuild(dir, hint) {
  mustExist(path.join(dir, 'manifest.json'), 'Extension build', `run \`${hint}\``);
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

/**
 * Polls `fn` until it returns a truthy value (returned) or `timeout` ms pass (throws, with the last
 * value or error). Exceptions from `fn` count as "not yet".
 */
export async function poll(fn, { timeout = TIMEOUT, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastErr;
  for (;;) {
    try {
      last = await fn();
      lastErr = undefined;
      if (last) return last;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() >= deadline) {
      const detail = lastErr ? `last error: ${lastErr.message ?? lastErr}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (${detail})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Reads what the content script wrote on <html>, in the page's main world. */
export const readMarks = () => ({
  kanbao: document.documentElement.dataset.kanbao ?? null,
  site: document.documentElement.dataset.kanbaoSite ?? null,
  readyState: document.readyState,
  href: location.href,
});

/** Whether the content script's performance.measure('kanbao:detect') is visible in the main world. */
export const readDetectEntries = () =>
  performance.getEntriesByName('kanbao:detect').map((e) => ({ type: e.entryType, duration: e.duration }));

// ---- Chromium ---------------------------------------------------------------------------------

/**
 * A DevTools session on `page` attached to the isolated world Chromium creates for our content
 * scripts: `evaluate(expression)` runs there (awaiting a promise) and returns the value. The
 * caller detaches `cdp` when done.
 */
export async function contentWorld(page, extensionBase) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const origin = extensionBase.slice(0, -1);
  const world = await poll(() => worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === origin),
    { message: 'the content script\'s isolated world' });
  const evaluate = async (expression, label = 'contentWorld') => {
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`${label}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  };
  return { cdp, evaluate };
}

/** Chromium --host-resolver-rules: every site host (and its subdomains) + en.people.cn → the server. */
export function chromiumResolverRules(port, { catchAll = true, manifest } = {}) {
  const to = `127.0.0.1:${port}`;
  const rules = [
    ...siteHosts(manifest).flatMap((h) => [`MAP ${h} ${to}`, `MAP *.${h} ${to}`]),
    ...EXTRA_HOSTS.map((h) => `MAP ${h} ${to}`),
  ];
  // Everything else also goes to the server (404 there, and recorded for network audits) instead of
  // the real DNS: nothing can leave the machine, and failures are immediate.
  if (catchAll) rules.push(`MAP * ${to}`, 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1');
  return rules.join(', ');
}

/**
 * Launches Chromium with the built MV3 extension.
 * Returns { context, sw, extensionId, extensionBase, manifest, tabIdFor, state, waitForState, openPopup,
 * evaluateInExtension, sendFromContent, close }.
 */
export async function launchChromium({ port, headless = true, extensionPath = CHROME_EXT, catchAll = true, viewport, args = [], env, locale } = {}) {
  if (!port) throw new Error('launchChromium: port is required');
  mustExist(CHROMIUM_BIN, 'Chromium binary', 'apt-get install -y chromium, or set KANBAO_CHROMIUM');
  const manifest = requireBuild(extensionPath, 'npx wxt build');
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'kanbao-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_BIN,
      headless,
      // Linux builds take their interface language from LANGUAGE, not from --lang.
      ...(env ? { env: { ...process.env, ...env } } : {}),
      // The pages' own locale (navigator.language, Intl's default): headless Chromium keeps en-US
      // there whatever --lang says.
      ...(locale ? { locale } : {}),
      viewport: viewport ?? { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        // The test pages live on Kanbao's hosts, also when another extension is loaded (the bench's floor).
        `--host-resolver-rules=${chromiumResolverRules(port, { catchAll, manifest: extensionPath === CHROME_EXT ? manifest : undefined })}`,
        '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
        // Lets DevTools press the toolbar button (Extensions.triggerAction), which grants activeTab
        // exactly as a reader's click does; the connection is Playwright's pipe, as it requires.
        '--enable-unsafe-extension-debugging',
        ...args,
        // Never pass --disable-features: it would replace Playwright's own list, which keeps http:// URLs
        // from being upgraded to https://.
      ],
    });
    let sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    sw ??= await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 20_000,
    });
    const extensionId = new URL(sw.url()).host;
    const extensionBase = `chrome-extension://${extensionId}/`;

    // The MV3 worker may be stopped and restarted; always evaluate in the live one.
    const worker = () => context.serviceWorkers().find((w) => w.url().startsWith(extensionBase)) ?? sw;

    const tabIdFor = async (url) => {
      const ids = await worker().evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t.map((x) => x.id)), url);
      if (!ids.length) throw new Error(`no tab with url ${url} (the extension can only see tabs on its hosts)`);
      return ids[ids.length - 1];
    };
    /** One kanbao/state request to the tab's content script, exactly as the popup sends it. */
    const send = (tabId, msg) => worker().evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg]);
    const state = (tabId) => send(tabId, { type: 'kanbao/state' });

    return {
      context, sw, extensionId, extensionBase, manifest, userDataDir,
      worker, tabIdFor, state,
      newPage: () => context.newPage(),
      send,
      runtimeManifest: () => worker().evaluate(() => chrome.runtime.getManifest()),
      /** Runs `fn(arg)` in an extension context (here the service worker) and returns its result. */
      evaluateInExtension: (fn, arg) => worker().evaluate(fn, arg),
      /**
       * Sends `msg` to the background from `page`'s content-script world, exactly as the content script
       * would (so `sender.tab` is set), and returns the reply. Through DevTools: the isolated world
       * Chromium creates for our content script.
       */
      sendFromContent: async (page, _tabId, msg) => {
        const world = await contentWorld(page, extensionBase);
        try {
          return await world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(msg)})`, 'sendFromContent');
        } finally {
          await world.cdp.detach().catch(() => {});
        }
      },
      waitForState: (tabId, opts) => poll(() => state(tabId), { message: `kanbao/state reply from tab ${tabId}`, ...opts }),
      /** Opens popup.html?tab=<id> in a new tab and waits for it to render a state. */
      openPopup: async (tabId) => {
        const page = await context.newPage();
        await page.goto(`${extensionBase}popup.html?tab=${tabId}`);
        await page.waitForSelector('[data-testid=state]', { timeout: TIMEOUT });
        return page;
      },
      /**
       * Presses Kanbao's toolbar button for the tab showing `url`, as a reader does: the browser grants
       * activeTab on that tab and opens the popup. Through DevTools (Extensions.triggerAction on the tab).
       */
      pressToolbarButton: async (url) => {
        const cdp = await context.browser().newBrowserCDPSession();
        try {
          const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
          const tab = targetInfos.find((t) => t.url === url);
          if (!tab) throw new Error(`pressToolbarButton: no tab shows ${url}`);
          await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
        } finally {
          await cdp.detach().catch(() => {});
        }
      },
      close: async () => {
        await context.close().catch(() => {});
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}

// ---- Firefox ----------------------------------------------------------------------------------

/**
 * Navigates a puppeteer (BiDi) page to a moz-extension:// URL. Firefox never reports the load event for
 * these, so goto is fired and forgotten and readiness is polled instead.
 */
export async function gotoExtensionPage(page, url, { timeout = TIMEOUT } = {}) {
  page.goto(url).catch(() => {});
  await poll(
    () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
    { timeout, message: `extension page ${url} to load` },
  );
  return page;
}

/** Runs `expression` in the browser's chrome scope (reached through --remote-allow-system-access). */
async function chromeScopeValue(browser, expression) {
  const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? result.contexts[0];
  const r = await browser.connection.send('script.evaluate', { expression, target: { context: chrome.context }, awaitPromise: true });
  return r.result?.result?.value;
}

/**
 * Prefs for a Firefox interface in `locale` (a BCP 47 tag such as zh-CN). Firefox ESR ships English
 * only; another language comes from its language pack, which Debian installs (firefox-esr-l10n-*) as
 * an add-on in the application's own extensions folder. Add-ons there are in the application scope
 * (4): the scopes are spelled out so the pack is enabled at startup however the driver's defaults
 * change.
 */
function localePrefs(locale) {
  return {
    'intl.locale.requested': locale,
    'extensions.enabledScopes': 1 | 4, // the profile's add-ons and the application's
    'extensions.autoDisableScopes': 0, // nothing found there waits for the user to enable it
  };
}

/**
 * Launches Firefox ESR with the built MV2 extension installed as a temporary add-on and the fixture
 * server as its HTTP (and HTTPS → refused CONNECT) proxy. `locale` (e.g. 'zh-CN') runs the browser's
 * interface, and so the extension's, in that language; without it Firefox's default (English) is kept.
 * Returns { browser, extensionBase, driver, tabIdFor, state, waitForState, openPopup, evaluateInExtension,
 * sendFromContent, close }.
 * `driver` is an extension page (popup.html) kept open to call browser.tabs.* from.
 */
export async function launchFirefox({ port, headless = true, extensionPath = FIREFOX_EXT, prefs = {}, locale } = {}) {
  if (!port) throw new Error('launchFirefox: port is required');
  mustExist(FIREFOX_BIN, 'Firefox binary', 'apt-get install -y firefox-esr, or set KANBAO_FIREFOX');
  const manifest = requireBuild(extensionPath, 'npx wxt build -b firefox');
  // The id wxt.config.ts (GECKO_ID) wrote into the build: the fixed UUID below is keyed by it.
  const geckoId = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (!geckoId) throw new Error(`no gecko id in ${path.join(extensionPath, 'manifest.json')}`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless,
    protocol: 'webDriverBiDi',
    // Lets the services.settings.server pref below take effect in a release build; without it Firefox
    // polls firefox.settings.services.mozilla.com all the time (dozens of refused CONNECTs per run).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    args: ['--remote-allow-system-access'], // needed to open moz-extension:// pages
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      // HTTPS goes to the same server as CONNECT, which it refuses (and records).
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Remote settings: no server (needs MOZ_REMOTE_SETTINGS_DEVTOOLS=1, see env above).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...(locale ? localePrefs(locale) : {}),
      ...prefs,
    },
  });
  try {
    if (locale) {
      // Without its language pack Firefox silently stays in English: refuse to go on.
      const ui = await chromeScopeValue(browser, 'Services.locale.appLocaleAsBCP47');
      if (ui !== locale) {
        throw new Error(`Firefox's interface is ${ui}, not ${locale}: its language pack is missing (apt-get install -y firefox-esr-l10n-${locale.toLowerCase()})`);
      }
    }
    const installedId = await browser.installExtension(extensionPath);
    if (installedId !== geckoId) throw new Error(`installed add-on id ${installedId}, expected ${geckoId}`);
    const extensionBase = `moz-extension://${FIREFOX_UUID}/`;
    const driver = await browser.newPage();
    await gotoExtensionPage(driver, `${extensionBase}popup.html?driver`);
    if (!(await driver.evaluate(() => typeof browser?.tabs?.sendMessage === 'function'))) {
      throw new Error('extension page has no browser.tabs API');
    }

    const tabIdFor = async (url) => {
      const ids = await driver.evaluate((u) => browser.tabs.query({ url: u }).then((t) => t.map((x) => x.id)), url);
      if (!ids.length) throw new Error(`no tab with url ${url} (the extension can only see tabs on its hosts)`);
      return ids[ids.length - 1];
    };
    const send = (tabId, msg) => driver.evaluate((id, m) => browser.tabs.sendMessage(id, m), tabId, msg);
    const state = (tabId) => send(tabId, { type: 'kanbao/state' });

    return {
      browser, extensionBase, manifest, geckoId, driver, tabIdFor, state,
      newPage: () => browser.newPage(),
      send,
      runtimeManifest: () => driver.evaluate(() => browser.runtime.getManifest()),
      /** Runs `fn(arg)` in an extension context (here the driver, an extension page) and returns its result. */
      evaluateInExtension: (fn, arg) => driver.evaluate(fn, arg),
      /**
       * Sends `msg` to the background from the tab's content-script world, exactly as the content script
       * would (so `sender.tab` is set), and returns the reply. Through `tabs.executeScript`, which runs
       * in the same sandbox as our content script and resolves the promise the code ends with.
       */
      sendFromContent: async (_page, tabId, msg) => {
        const [reply] = await driver.evaluate((id, code) => browser.tabs.executeScript(id, { code }), tabId,
          `browser.runtime.sendMessage(${JSON.stringify(msg)})`);
        return reply;
      },
      waitForState: (tabId, opts) => poll(() => state(tabId), { message: `kanbao/state reply from tab ${tabId}`, ...opts }),
      /**
       * What pressing Kanbao's toolbar button does for the tab showing `url`: activeTab granted on it.
       * WebDriver BiDi cannot click the browser's own toolbar, so this makes, in the browser's chrome
       * scope (allowed by --remote-allow-system-access), the same call the button's click handler makes.
       */
      pressToolbarButton: async (url) => {
        const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
        const chrome = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? result.contexts[0];
        const expression = `(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
          for (const win of Services.wm.getEnumerator('navigator:browser')) {
            const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
            if (tab) { extension.tabManager.addActiveTabPermission(tab); return true; }
          }
          return false;
        })()`;
        const r = await browser.connection.send('script.evaluate', { expression, target: { context: chrome.context }, awaitPromise: true });
        if (r.result?.result?.value !== true) throw new Error(`pressToolbarButton: no tab shows ${url} (${JSON.stringify(r.result)})`);
      },
      /** Opens popup.html?tab=<id> in a new tab and waits for it to render a state. */
      openPopup: async (tabId) => {
        const page = await browser.newPage();
        await gotoExtensionPage(page, `${extensionBase}popup.html?tab=${tabId}`);
        await page.waitForSelector('[data-testid=state]', { timeout: TIMEOUT });
        return page;
      },
      close: () => browser.close().catch(() => {}),
    };
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

// ---- The shared suite -------------------------------------------------------------------------

const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

/** expected.json entry for a corpus page, by file name. */
export function expectedFor(file) {
  const all = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/corpus/expected.json'), 'utf8'));
  const e = all.find((x) => x.file === file);
  if (!e) throw new Error(`expected.json has no ${file}`);
  return e;
}

/**
 * Defines the end-to-end suite for one browser (node:test). `launch({ port })` is launchChromium or
 * launchFirefox; one browser launch for the whole file. Mechanics tests (server, extension, messaging,
 * popup) come first; recognition tests assert the product behaviour.
 */
export async function defineExtensionSuite(label, launch) {
  // Every feature suite, in file-name order; each exports `define(ctx)`.
  const suiteDir = path.join(ROOT, 'tests/e2e/suites');
  const suites = [];
  for (const f of readdirSync(suiteDir).filter((n) => n.endsWith('.mjs')).sort()) {
    suites.push(await import(pathToFileURL(path.join(suiteDir, f)).href));
  }
  const { describe, test, before, after } = await import('node:test');
  const assert = (await import('node:assert/strict')).default;
  const { startServer, URLS } = await import('../../scripts/serve.mjs');
  const SEED = expectedFor('people_hn_big5_seed.html');
  const PEER = expectedFor('xinhua_02.html');
  const GBK = expectedFor('xinhua_06_regional_2012_wayback.html');
  const GB2312_UTF8 = expectedFor('youth_01.html');
  const T = { timeout: 60_000 };

  describe(`${label}: Kanbao end-to-end`, () => {
    let srv;
    let b;
    const opened = new Map(); // url → { page, tabId? }

    /** Opens `url` once (cached) in a new tab and waits for load. */
    const open = async (url) => {
      if (!opened.has(url)) {
        const page = await b.newPage();
        await page.goto(url);
        opened.set(url, { page });
      }
      return opened.get(url).page;
    };
    const tabOf = async (url) => {
      await open(url);
      const o = opened.get(url);
      o.tabId ??= await poll(() => b.tabIdFor(url), { message: `tab id for ${url}` });
      return o.tabId;
    };
    /** Waits until the page is marked and the content script says it is an article. */
    const expectRecognised = async (url, exp) => {
      const page = await open(url);
      const tabId = await tabOf(url);
      let seen = {};
      const { marks, reply } = await poll(
        async () => {
          const m = await page.evaluate(readMarks);
          const r = await b.state(tabId).catch((err) => ({ error: String(err?.message ?? err) }));
          seen = { 'data-kanbao': m.kanbao, reply: r };
          return m.kanbao === 'article' && r?.isArticle === true && { marks: m, reply: r };
        },
        { message: `${url} to be recognised (data-kanbao="article" and kanbao/state isArticle:true)` },
      ).catch((err) => {
        throw new Error(`${err.message}; last seen: ${JSON.stringify(seen)}`);
      });
      assert.equal(marks.site, exp.site, 'data-kanbao-site');
      assert.equal(reply.site, exp.site, 'kanbao/state site');
      assert.equal(norm(reply.title), norm(exp.title), 'kanbao/state title');
      assert.equal(reply.page?.isArticle, true, 'kanbao/state page.isArticle');
      return { page, tabId, reply };
    };
    let popup;

    before(async () => {
      srv = await startServer();
      b = await launch({ port: srv.port });
    }, { timeout: 90_000 });

    after(async () => {
      await b?.close();
      await srv?.close();
    }, { timeout: 30_000 });

    test('extension is loaded (built manifest matches the runtime one)', T, async () => {
      const m = await b.runtimeManifest();
      // A localised manifest names a message (`__MSG_extName__`); the running extension shows the message.
      const key = /^__MSG_(\w+)__$/.exec(b.manifest.name)?.[1];
      const name = key ? await b.evaluateInExtension((k) => (globalThis.browser ?? globalThis.chrome).i18n.getMessage(k), key) : b.manifest.name;
      assert.equal(m.name, name);
      assert.equal(m.version, b.manifest.version);
      assert.ok(m.content_scripts?.[0]?.matches?.includes('*://*.people.com.cn/*'), 'content script matches people.com.cn');
    });

    test('seed page is served at its real URL through the host mapping', T, async () => {
      const page = await open(URLS.seed);
      const m = await page.evaluate(readMarks);
      assert.equal(m.href, URLS.seed);
      const hit = srv.requests.find((r) => r.url === URLS.seed);
      assert.ok(hit, 'the server saw the seed request');
      assert.equal(hit.status, 200);
      const h1 = await page.evaluate(() => document.querySelector('h1')?.textContent ?? null);
      assert.equal(norm(h1), norm(SEED.title));
    });

    test('server charsets: GBK page decodes as GBK, gb2312-declared UTF-8 page as UTF-8', T, async () => {
      for (const [exp, charset] of [[GBK, 'GBK'], [GB2312_UTF8, 'UTF-8']]) {
        const url = exp.url.replace(/^https:/, 'http:'); // the server speaks plain HTTP only
        const page = await open(url);
        const got = await page.evaluate(() => ({ cs: document.characterSet, text: document.body.textContent }));
        assert.equal(got.cs, charset, `${exp.file} characterSet`);
        assert.ok(norm(got.text).includes(norm(exp.title)), `${exp.file}: title readable in the decoded page`);
      }
    });

    test('content script answers kanbao/state on the seed page', T, async () => {
      const tabId = await tabOf(URLS.seed);
      const reply = await b.waitForState(tabId);
      assert.equal(typeof reply.isArticle, 'boolean');
      assert.ok(reply.page && Array.isArray(reply.page.signals), 'reply.page.signals is an array');
      assert.ok('title' in reply && 'site' in reply && 'published' in reply, 'reply has title, site, published');
    });

    test('popup for the seed tab renders a state', T, async () => {
      popup = await b.openPopup(await tabOf(URLS.seed));
      const s = await popup.evaluate(() => ({
        status: document.querySelector('main')?.dataset.status ?? null,
        article: document.querySelector('[data-testid=state]')?.getAttribute('data-article') ?? null,
      }));
      assert.equal(s.status, 'ready', 'popup got a reply from the seed tab');
      assert.match(String(s.article), /^(true|false)$/);
    });

    test('seed page (hn.people.com.cn BIG5) is recognised as an article', T, async () => {
      await expectRecognised(URLS.seed, SEED);
    });

    test('seed page: kanbao:detect performance entry is visible in the main world', T, async () => {
      const page = await open(URLS.seed);
      const entries = await poll(() => page.evaluate(readDetectEntries).then((e) => e.length > 0 && e), {
        message: "performance entry 'kanbao:detect'",
      });
      assert.equal(entries[0].type, 'measure');
      assert.ok(entries[0].duration >= 0);
    });

    test('popup for the seed tab shows the recognised article and its title', T, async () => {
      const page = await b.openPopup(await tabOf(URLS.seed));
      const s = await page.evaluate(() => ({
        article: document.querySelector('[data-testid=state]')?.getAttribute('data-article') ?? null,
        site: document.querySelector('[data-testid=site]')?.textContent ?? null,
        title: document.querySelector('[data-testid=title]')?.textContent ?? null,
      }));
      await page.close();
      assert.equal(s.article, 'true');
      assert.equal(s.site, SEED.site);
      assert.equal(norm(s.title), norm(SEED.title));
    });

    test('peer page (xinhua_02 at news.cn) is recognised as an article', T, async () => {
      assert.equal(PEER.url, URLS.peer);
      await expectRecognised(URLS.peer, PEER);
    });

    test('English page (en.people.cn, outside the content-script matches) is not marked', T, async () => {
      const page = await open(URLS.english);
      assert.ok(srv.requests.some((r) => r.url === URLS.english && r.status === 200), 'served');
      // The content script never runs here, so there is no reply to wait for: the extension cannot even
      // see the tab's URL (no host permission), and the page stays unmarked through a short window.
      await assert.rejects(() => b.tabIdFor(URLS.english));
      const deadline = Date.now() + 750;
      do {
        const m = await page.evaluate(readMarks);
        assert.equal(m.readyState, 'complete');
        assert.equal(m.kanbao, null, 'no data-kanbao on the English page');
        await new Promise((r) => setTimeout(r, 150));
      } while (Date.now() < deadline);
    });

    test("People's Daily channel list page is not recognised", T, async () => {
      const page = await open(URLS.list);
      const reply = await b.waitForState(await tabOf(URLS.list)); // the content script has run
      assert.equal(reply.isArticle, false, 'kanbao/state isArticle');
      const m = await page.evaluate(readMarks);
      assert.equal(m.kanbao, null, 'no data-kanbao on the list page');
      assert.equal(m.site, null, 'no data-kanbao-site on the list page');
    });

    // Feature suites (tests/e2e/suites/*.mjs) share this browser launch and these helpers.
    const ctx = { test, assert, T, poll, open, tabOf, get b() { return b; }, get srv() { return srv; }, URLS, ROOT, norm, expectRecognised };
    for (const suite of suites) suite.define(ctx);
  });
}
