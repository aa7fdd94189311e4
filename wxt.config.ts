import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_MATCHES } from './lib/sites';
import { JIEBA_WASM_ASSET, JIEBA_WASM_FILE, jiebaWasmPlugin, refuseWasmInlining } from './scripts/vite-jieba-wasm';

// The gecko id is part of the contract with Firefox (storage and the e2e tests' fixed UUID use it).
export const GECKO_ID = 'kanbao@kanbao.app';

// WebAssembly (jieba-wasm in the background) needs 'wasm-unsafe-eval'; WXT adds it only in dev builds.
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // jieba's wasm ships as a file next to background.js and is never inlined (scripts/vite-jieba-wasm.ts).
  vite: () => ({
    plugins: [preact(), jiebaWasmPlugin()],
    build: { assetsInlineLimit: refuseWasmInlining },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: JIEBA_WASM_ASSET, relativeDest: JIEBA_WASM_FILE });
    },
    // Lets `browser.runtime.getURL('/jieba_rs_wasm_bg.wasm')` type-check like a file in public/.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(JIEBA_WASM_FILE);
    },
  },
  zip: {
    excludeSources: ['tests/**', '.tmp/**', 'docs/**', '.ci/**'],
  },
  manifest: ({ manifestVersion }) => ({
    name: 'Kanbao 看报',
    short_name: 'Kanbao',
    description:
      "Reads People's Daily-style news at a glance: highlights figures and named programs, converts the script, summarises the article.",
    // Fewest permissions (each justified in the README): host access only for the news sites we
    // read; `storage` for settings and per-site choices; `contextMenus` for the page menu items.
    // `scripting` (MV3) loads the annotator into article pages only, so other pages pay for the
    // small detector alone; Firefox's MV2 build uses tabs.executeScript, which needs no permission.
    permissions: manifestVersion === 3 ? ['storage', 'contextMenus', 'scripting'] : ['storage', 'contextMenus'],
    host_permissions: HOST_MATCHES,
    // Chrome accepts at most four suggested keys; toggling highlights has none (set it in the
    // browser's shortcut settings). Alt+Shift+letter clashes with neither browser's own keys.
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open or close the Kanbao sidebar' },
      'convert-simplified': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Convert the page to Simplified Chinese' },
      'convert-traditional': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Convert the page to Traditional Chinese' },
      'convert-original': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Show the page in its original script' },
      'toggle-highlights': { description: 'Show or hide Kanbao highlights' },
    },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: CSP } : (CSP as unknown as { extension_pages: string }),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
