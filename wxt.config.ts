import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_MATCHES } from './lib/core/sites';
import { JIEBA_WASM_ASSET, JIEBA_WASM_FILE, jiebaWasmPlugin, refuseWasmInlining } from './scripts/vite-jieba-wasm';

// The gecko id is part of the contract with Firefox (storage and the e2e tests' fixed UUID use it).
export const GECKO_ID = 'kanbao@kanbao.app';

/**
 * Chrome 111: Vite's default build target ('baseline-widely-available': chrome111, firefox114) is the
 * newest syntax the bundles may hold; every extension API and manifest key used is older.
 */
export const MINIMUM_CHROME_VERSION = '111';
/**
 * Firefox 142: `data_collection_permissions` is read by Firefox 140 on desktop and 142 on Android; one
 * minimum of 142 satisfies both (and AMO's linter), and is above everything else Kanbao uses.
 */
export const MINIMUM_FIREFOX_VERSION = '142.0';

/** Who made it, as the licence and package.json say: Firefox shows it on the add-on's page. */
export const AUTHOR = 'the Kanbao developers';

/**
 * The manifest's `homepage_url` (a field to spread into it), from KANBAO_HOMEPAGE_URL at build time.
 * The project has no site of its own yet, and the stores accept only an http(s) address there, so the
 * field is left out unless the publisher gives one. An address that is not https is refused (the
 * build fails) rather than shipped.
 */
export function homepageField(value: string | undefined): { homepage_url?: string } {
  if (value === undefined || value.trim() === '') return {};
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`KANBAO_HOMEPAGE_URL is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') {
    throw new Error(`KANBAO_HOMEPAGE_URL must be an https address with a host: ${JSON.stringify(value)}`);
  }
  return { homepage_url: url.href };
}

// The optional host permission every optional grant falls under (http and https, any host): each
// site the reader adds, each group of sites switched on, or all sites for "any page". Never granted
// as a whole unless the reader switches that last group on.
const USER_SITE_PATTERN = '*://*/*';

// WebAssembly (jieba-wasm in the background) needs 'wasm-unsafe-eval'; WXT adds it only in dev builds.
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

export default defineConfig({
  srcDir: '.',
  // KANBAO_OUTPUT_DIR builds elsewhere (the e2e scripts read the same variable), so two checkouts' or
  // two engineers' builds never overwrite each other.
  outDir: process.env.KANBAO_OUTPUT_DIR ?? '.output',
  // jieba's wasm ships as a file next to background.js and is never inlined (scripts/vite-jieba-wasm.ts).
  vite: () => ({
    plugins: [preact(), jiebaWasmPlugin()],
    build: { assetsInlineLimit: refuseWasmInlining },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: JIEBA_WASM_ASSET, relativeDest: JIEBA_WASM_FILE });
    },
    // The toolbar button's tooltip is localised like the name (WXT takes it from the popup's <title>).
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_extName__';
    },
    // Lets `browser.runtime.getURL('/jieba_rs_wasm_bg.wasm')` type-check like a file in public/.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(JIEBA_WASM_FILE);
    },
  },
  zip: {
    // The sources zip holds what the build reads, and REVIEW.md for the stores' reviewers. `.output` is
    // named because WXT leaves out only the output folder of the build being zipped: a build made
    // elsewhere (KANBAO_OUTPUT_DIR) would otherwise pack the default one's bundles and zips too.
    excludeSources: [
      'tests/**', '.tmp/**', '.output/**', '.ci/**',
      'docs/*.*', 'docs/!(store)/**', 'docs/store/!(REVIEW.md)', 'docs/store/*/**',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Read when the manifest is made, so one process can build with and without it.
    ...homepageField(process.env.KANBAO_HOMEPAGE_URL),
    // Every user-facing string of the manifest comes from public/_locales; the
    // browser's language picks the locale, English when it has none.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Fewest permissions (each justified in the README): host access only for the news sites we
    // read; `storage` for settings and per-site choices; `contextMenus` for the page menu items;
    // `activeTab` so the popup's "Annotate this page" and the menu's "Annotate selection" reach
    // any page the reader points at, without a broad host permission. `scripting` (MV3) loads
    // the annotator into article pages only, so other pages pay for the small detector alone;
    // Firefox's MV2 build uses tabs.executeScript and contentScripts.register, which need none.
    permissions:
      manifestVersion === 3 ? ['storage', 'contextMenus', 'scripting', 'activeTab'] : ['storage', 'contextMenus', 'activeTab'],
    host_permissions: HOST_MATCHES,
    // Sites the reader adds and the groups switched on (options page, popup): their origins are
    // requested when switched on and removed when switched off. Chrome MV3 keeps optional hosts in their own key; Firefox MV2 lists them
    // with the optional API permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: [USER_SITE_PATTERN] }
      : { optional_permissions: [USER_SITE_PATTERN] }),
    // Chrome accepts at most four suggested keys; toggling highlights has none (set it in the
    // browser's shortcut settings). Alt+Shift+letter clashes with neither browser's own keys.
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmd_toggle_sidebar__' },
      'convert-simplified': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmd_convert_simplified__' },
      'convert-traditional': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_cmd_convert_traditional__' },
      'convert-original': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmd_convert_original__' },
      'toggle-highlights': { description: '__MSG_cmd_toggle_highlights__' },
    },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: CSP } : (CSP as unknown as { extension_pages: string }),
    // The oldest browsers that run everything Kanbao uses, with the reasons in docs/store/REVIEW.md
    // (Chrome: the bundler's syntax target; Firefox: the data collection declaration on Android too).
    ...(manifestVersion === 3 ? { minimum_chrome_version: MINIMUM_CHROME_VERSION } : {}),
    // Firefox's own settings (its add-on id, minimum version and data declaration) mean nothing to
    // Chrome, whose manifest leaves them out.
    // `author` too: Firefox takes a name; Chrome's schema takes only the publishing account's email
    // (`{ email }`), which Chrome and its store have ignored since 2024, so Chrome's has none.
    ...(browser === 'chrome'
      ? {}
      : {
          author: AUTHOR,
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: MINIMUM_FIREFOX_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }),
  }),
});
