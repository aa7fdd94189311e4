// A full session — annotate, highlights off and on, convert, the sidebar with its
// jieba analysis, the popup — requests nothing but the local test server and the extension's own files.
//
// Two records, compared:
//  1. what the browser says our pages and the extension asked for — Chromium: Playwright's context-wide
//     `request` event, which covers every tab, every extension page and the extension's service worker
//     (each request is attributed to the page or worker that made it); Firefox: puppeteer's per-page
//     `request` event on every open page (the session's tab, the popup, the driver, earlier suites'
//     tabs); the MV2 background page is not exposed over BiDi: its requests are only in the second
//     record, where anything not explained fails;
//  2. what reached the local server (scripts/serve.mjs `requests`): in Chromium every host resolves to
//     it (--host-resolver-rules MAP *), in Firefox it is the HTTP and HTTPS proxy, so nothing can leave
//     the machine and everything that tried is recorded (TLS hellos by their SNI, CONNECTs by host).
//
// Rules. From the extension (service worker, background, popup): only chrome-extension:// or
// moz-extension:// (and data:/blob:) URLs. From a tab: only fixture pages the server serves and the
// subresources their own markup names (the seed's photo, a favicon). Every server entry of the session
// must be one of those (the browser's own favicon fetch for a tab counts here: it has no page event
// but asks for a fixture host's /favicon.ico), or the browser's own background traffic — told apart by two facts together:
// no tab, page or worker of ours made it (record 1), and its host is one of the browser vendor's
// service hosts below (Chromium: update, accounts, autofill; Firefox: Mozilla services). Anything
// else fails the test.
import { readFileSync } from 'node:fs';
import { gotoExtensionPage } from '../harness.mjs';

/** The browsers' own service hosts (background traffic the harness cannot switch off entirely). */
const BROWSER_HOSTS = {
  chromium: /(?:^|\.)(?:google\.com|googleapis\.com|gvt1\.com|gvt2\.com|gstatic\.com|googleusercontent\.com)$/,
  firefox: /(?:^|\.)(?:mozilla\.com|mozilla\.org|mozilla\.net|firefox\.com|mozaws\.net|mozgcp\.net)$/,
};
const EXTENSION_SCHEMES = /^(?:chrome-extension|moz-extension):\/\//;
const INERT = /^(?:data|blob|about):/;

export function define(ctx) {
  const { test, assert, poll, URLS } = ctx;
  const b = () => ctx.b;
  const T = { timeout: 120_000 };

  /** URLs the fixture pages may load: each page, plus what its markup names (src, href, background, url()…), plus favicons. */
  function fixtureUrls() {
    const ok = new Set();
    for (const r of ctx.srv.routes.values()) {
      const page = new URL(r.url.replace(/^https:/, 'http:'));
      ok.add(page.href);
      ok.add(new URL('/favicon.ico', page).href);
      let html = '';
      try {
        html = readFileSync(r.file, 'latin1');
      } catch {
        continue;
      }
      // src, href, the old `background` attribute, poster, and CSS url(…).
      const refs = [...html.matchAll(/\s(?:src|href|background|poster|data)\s*=\s*["']([^"'#]+)["']/gi), ...html.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)];
      for (const m of refs) {
        try {
          ok.add(new URL(m[1], page).href.replace(/^https:/, 'http:'));
        } catch {
          /* not a URL */
        }
      }
    }
    return ok;
  }
  /**
   * Hosts that fixture pages name as their icon (`<link rel="icon" href="https://…">`). The browser
   * fetches an open tab's icon itself, with no page event and at a time of its own (a tab opened by
   * an earlier suite may have its icon fetched during this one); over https only the TLS hello
   * reaches the server, which carries the host alone.
   */
  function fixtureIconHosts() {
    const hosts = new Set();
    for (const r of ctx.srv.routes.values()) {
      let html = '';
      try {
        html = readFileSync(r.file, 'latin1');
      } catch {
        continue;
      }
      for (const [link] of html.matchAll(/<link\b[^>]*>/gi)) {
        if (!/\srel\s*=\s*["'][^"']*\bicon\b/i.test(link)) continue;
        const href = /\shref\s*=\s*["']([^"']+)["']/i.exec(link)?.[1];
        try {
          if (href) hosts.add(new URL(href, r.url).hostname);
        } catch {
          /* not a URL */
        }
      }
    }
    return hosts;
  }
  const key = (u) => {
    try {
      const x = new URL(u);
      return `${x.host}${x.pathname}`;
    } catch {
      return u;
    }
  };

  test('network: a full session requests nothing but the local test server and the extension\'s own files', T, async () => {
    const chromium = 'context' in b();
    const label = chromium ? 'chromium' : 'firefox';
    const base = b().extensionBase;
    const startIdx = ctx.srv.requests.length;
    const seen = [];
    const stop = [];

    // Record 1: what our tabs, extension pages and worker asked for.
    if (chromium) {
      const on = (r) => {
        let source = 'browser';
        const sw = r.serviceWorker?.();
        if (sw) source = sw.url().startsWith(base) ? 'extension-worker' : 'other-worker';
        else {
          let page = null;
          try {
            page = r.frame().page();
          } catch {
            /* no frame: a worker or the browser */
          }
          if (page) source = page.url().startsWith(base) ? 'extension-page' : 'tab';
        }
        seen.push({ url: r.url(), method: r.method(), source });
      };
      b().context.on('request', on);
      stop.push(() => b().context.off('request', on));
    }
    const watch = (page, source) => {
      if (chromium) return;
      const on = (r) => seen.push({ url: r.url(), method: r.method(), source });
      page.on('request', on);
      stop.push(() => page.off('request', on));
    };
    // Firefox: every page already open (earlier suites' tabs keep living; the wayback page, for one,
    // names web.archive.org resources) and the driver, an extension page.
    if (!chromium) for (const pg of await b().browser.pages()) watch(pg, pg.url().startsWith(base) ? 'extension-page' : 'tab');

    // The session, in a fresh tab.
    const page = await b().newPage();
    watch(page, 'tab');
    let popup;
    try {
      await page.goto(URLS.seed);
      await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), { message: 'annotated' });
      const tabId = await b().tabIdFor(URLS.seed);
      const send = (m) => b().send(tabId, m);
      await send({ type: 'kanbao/highlights', kinds: { figure: false, date: false, program: false } });
      await send({ type: 'kanbao/highlights', kinds: { figure: true, date: true, program: true } });
      for (const to of ['simplified', 'taiwan', 'hongkong', 'original']) assert.equal((await send({ type: 'kanbao/convert', to })).converted, to);
      const open = await send({ type: 'kanbao/sidebar', open: true });
      assert.equal(open.sidebarOpen, true);
      // The sidebar's keywords come from jieba in the background (its wasm is an extension file).
      const analysis = await poll(() => page.evaluate(() => {
        const root = document.querySelector('kanbao-sidebar')?.shadowRoot;
        if (!root) return null;
        if (root.querySelector('[data-section="keywords"] [data-item]')) return 'keywords';
        return root.querySelector('[data-section="keywords"] .kb-error') ? 'error' : null;
      }), { timeout: 20_000, message: 'the sidebar\'s keywords' });
      await send({ type: 'kanbao/sidebar', open: false });

      popup = await b().newPage();
      watch(popup, 'extension-page');
      const popupUrl = `${base}popup.html?tab=${tabId}`;
      if (chromium) await popup.goto(popupUrl);
      else await gotoExtensionPage(popup, popupUrl);
      await popup.waitForSelector('[data-testid=state]', { timeout: 10_000 });
      await new Promise((r) => setTimeout(r, 1_000)); // stragglers
      console.log(`  network (${label}): sidebar analysis: ${analysis}`);
    } finally {
      for (const s of stop) s();
      await popup?.close().catch(() => {});
      await page.close().catch(() => {});
    }

    // Judge record 1.
    const allowedTab = fixtureUrls();
    const iconHosts = fixtureIconHosts();
    const bad = [];
    const counts = {};
    for (const r of seen) {
      counts[r.source] = (counts[r.source] ?? 0) + 1;
      if (INERT.test(r.url)) continue;
      if (r.source === 'extension-page' || r.source === 'extension-worker') {
        if (!EXTENSION_SCHEMES.test(r.url)) bad.push(`${r.source} asked for ${r.method} ${r.url}`);
      } else if (r.source === 'tab') {
        if (!EXTENSION_SCHEMES.test(r.url) && !allowedTab.has(r.url.replace(/^https:/, 'http:'))) bad.push(`a tab asked for ${r.method} ${r.url}`);
      } else {
        bad.push(`${r.source} asked for ${r.method} ${r.url}`);
      }
    }

    // Judge record 2: every server entry of the session is ours (and allowed above) or the browser's own.
    const ours = new Set(seen.filter((r) => !EXTENSION_SCHEMES.test(r.url) && !INERT.test(r.url)).map((r) => key(r.url)));
    const server = ctx.srv.requests.slice(startIdx);
    const browserOwn = [];
    // A CONNECT or TLS hello carries only the host: it is ours when one of our https requests named it.
    const oursHosts = new Set(seen.filter((r) => r.url.startsWith('https:')).map((r) => new URL(r.url).hostname));
    const onBehalf = [];
    for (const e of server) {
      if (ours.has(key(e.url))) continue;
      if ((e.kind === 'connect' || e.kind === 'tls') && oursHosts.has(e.host)) continue;
      // The browser itself fetches a tab's favicon (no page event): allowed when it is a fixture
      // page's own URL, i.e. on the local server under that page's host.
      if (allowedTab.has(e.url.replace(/^https:/, 'http:'))) {
        onBehalf.push(e.url);
        continue;
      }
      if ((e.kind === 'connect' || e.kind === 'tls') && iconHosts.has(e.host)) {
        onBehalf.push(`${e.kind} ${e.host}`);
        continue;
      }
      const host = e.host || '';
      if (BROWSER_HOSTS[label].test(host)) browserOwn.push(`${e.kind} ${e.method} ${host}`);
      else bad.push(`the server got ${e.kind} ${e.method} ${e.url} (${e.status}), which no page or worker of ours asked for and no browser service explains`);
    }
    const summary = {
      browserEvents: seen.length, bySource: counts, serverEntries: server.length,
      fromOurPages: server.length - browserOwn.length - onBehalf.length, forOurTabs: onBehalf.length, browserBackground: browserOwn.length,
      browserHosts: [...new Set(browserOwn.map((s) => s.split(' ').pop()))],
    };
    console.log(`  network (${label}): ${JSON.stringify(summary)}`);
    assert.deepEqual(bad, []);
    assert.ok(counts.tab > 0, 'the tab\'s requests were seen');
    if (chromium) assert.ok((counts['extension-page'] ?? 0) > 0, 'the popup\'s requests were seen');
    assert.ok(server.some((e) => key(e.url) === key(URLS.seed)), 'the server saw the seed page');
  });
}
