// Build-time support for jieba-wasm in the extension: keeping its wasm a file of its own.
//
// jieba-wasm's web build falls back to `new URL('jieba_rs_wasm_bg.wasm', import.meta.url)` when
// init() gets no URL. Vite turns that into an asset reference, and WXT builds the background as
// an IIFE, so the 4 MB wasm ends up inlined as base64 in background.js (5.4 MB; `web-ext lint`
// fails with FILE_TOO_LARGE). Kanbao always passes the URL (lib/engines/jieba.ts,
// createWebSegmenter), so:
//   - `jiebaWasmPlugin()` removes the fallback from jieba's glue code (a build error if the code
//     changes shape, so an upgrade cannot silently bring the inlining back), and
//   - `JIEBA_WASM_ASSET` is copied to the build's root as a plain file by the `build:publicAssets`
//     hook in wxt.config.ts, where `browser.runtime.getURL('/jieba_rs_wasm_bg.wasm')` finds it.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Plugin } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The file name in the build output (and jieba's own name for it). */
export const JIEBA_WASM_FILE = 'jieba_rs_wasm_bg.wasm';

/** The wasm that jieba-wasm's web build loads. */
export const JIEBA_WASM_ASSET = path.join(ROOT, 'node_modules/jieba-wasm/pkg/web', JIEBA_WASM_FILE);

/** The glue module whose default URL must go. */
const GLUE = /[\\/]jieba-wasm[\\/]pkg[\\/]web[\\/]jieba_rs_wasm\.js$/;
const DEFAULT_URL = /new URL\(\s*(['"])jieba_rs_wasm_bg\.wasm\1\s*,\s*import\.meta\.url\s*\)/g;

export function jiebaWasmPlugin(): Plugin {
  return {
    name: 'kanbao:jieba-wasm',
    enforce: 'pre',
    transform(code, id) {
      if (!GLUE.test(id.split('?')[0]!)) return null;
      const matches = code.match(DEFAULT_URL)?.length ?? 0;
      if (matches !== 1) {
        this.error(`jieba-wasm's glue code changed: expected one default wasm URL in ${id}, found ${matches}. ` +
          'Update scripts/vite-jieba-wasm.ts, or the 4 MB wasm will be inlined into background.js.');
      }
      // Reached only when init() is called without a URL, which Kanbao never does.
      const replacement = "(() => { throw new Error('jieba-wasm: pass module_or_path (Kanbao ships " +
        JIEBA_WASM_FILE + " as a file)'); })()";
      return { code: code.replace(DEFAULT_URL, replacement), map: null };
    },
  };
}

/** For `build.assetsInlineLimit`: never inline a .wasm, whatever its size (Vite's default rule otherwise). */
export function refuseWasmInlining(file: string): boolean | undefined {
  return file.endsWith('.wasm') ? false : undefined;
}
