import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_MATCHES } from './lib/sites';

// The gecko id is part of the contract with Firefox (storage and the e2e tests' fixed UUID use it).
export const GECKO_ID = 'kanbao@kanbao.app';

// WebAssembly (jieba-wasm in the background) needs 'wasm-unsafe-eval'; WXT adds it only in dev builds.
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  zip: {
    excludeSources: ['tests/**', '.tmp/**', 'docs/**', '.ci/**'],
  },
  manifest: ({ manifestVersion }) => ({
    name: 'Kanbao 看报',
    short_name: 'Kanbao',
    description:
      "Reads People's Daily-style news at a glance: highlights figures and named programs, converts the script, summarises the article.",
    // Fewest permissions: host access only for the news sites we read, nothing else yet.
    host_permissions: HOST_MATCHES,
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
