/**
 * jieba's wasm starts compiling here, the first thing the background's script does: this module is
 * the first import of the background's entry and imports nothing, so it runs before the other
 * modules are evaluated (15–25 ms in Chromium's service worker), and V8 compiles the 4 MB off the
 * main thread meanwhile. When an article woke the background, jieba's dictionary (a few hundred
 * milliseconds, the longest part of its start) can then begin that much sooner.
 *
 * Only the compile starts here, whatever woke the background: instantiating the module and
 * building the dictionary hold the main thread, so they wait for an article on a site switched on
 * (analyze.ts, warmJieba). A background woken for something else pays one compile on another
 * thread, dropped when it stops.
 */

/** Where the build puts jieba's wasm (see the `build:publicAssets` hook in wxt.config.ts). */
export const JIEBA_WASM_PATH = '/jieba_rs_wasm_bg.wasm';

interface ExtensionRuntime {
  runtime?: { getURL?: (path: string) => string };
}

function compileEarly(): Promise<WebAssembly.Module> | null {
  // Not in an extension (the build reading this entry, tests): nothing to compile.
  const runtime = (globalThis as { chrome?: ExtensionRuntime }).chrome?.runtime;
  if (typeof runtime?.getURL !== 'function' || typeof WebAssembly?.compileStreaming !== 'function') return null;
  try {
    const compiled = WebAssembly.compileStreaming(fetch(runtime.getURL(JIEBA_WASM_PATH)));
    // A failure here is not reported: jieba's start then loads the file itself, and says why.
    compiled.catch(() => undefined);
    return compiled;
  } catch {
    return null;
  }
}

/** jieba's wasm, compiled or compiling since the background started; null where it was not started. */
export const earlyJiebaModule: Promise<WebAssembly.Module> | null = compileEarly();
