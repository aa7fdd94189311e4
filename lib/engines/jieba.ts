import initWeb, * as web from 'jieba-wasm/web';
import { foldToSimplified } from '../core/text';
import { codePointSpansToUtf16, placeTags, type Span, type TaggedToken } from '../core/analysis';

/**
 * jieba (jieba-rs compiled to WebAssembly) behind the one interface the NLP core depends on.
 * This is the only module that imports jieba-wasm.
 *
 * jieba's dictionary is Simplified, so text is folded to Simplified first (foldToSimplified is
 * length-preserving, so offsets still index the input) and words are cut from the input: a
 * Traditional page gets Traditional words back.
 *
 * Both builds are initialised once, lazily, on the first call of their factory: the web build
 * compiles 4 MB of wasm and loads the dictionary (≈0.5–1 s), which must not happen at startup.
 */
export interface Segmenter {
  /** POS-tagged words covering `text`, with UTF-16 offsets into `text`. */
  tag(text: string): TaggedToken[];
}

export interface JiebaSegmenter extends Segmenter {
  /** Word spans only; 'search' also returns the shorter words inside long ones (for a filter box). */
  tokenize(text: string, mode?: 'default' | 'search'): (Span & { word: string })[];
}

/** The part of jieba-wasm's API we use; both builds export it. */
interface JiebaApi {
  tag(sentence: string, hmm?: boolean | null): { word: string; tag: string }[];
  tokenize(text: string, mode: string, hmm?: boolean | null): { word: string; start: number; end: number }[];
}

// HMM on: it finds words missing from the dictionary, which in news are mostly people's names.
const HMM = true;

function wrap(api: JiebaApi): JiebaSegmenter {
  return {
    tag(text) {
      const folded = foldToSimplified(text);
      return placeTags(api.tag(folded, HMM), folded, text);
    },
    tokenize(text, mode = 'default') {
      const folded = foldToSimplified(text);
      // tokenize() counts code points: convert before anything else sees the spans.
      return codePointSpansToUtf16(text, api.tokenize(folded, mode, HMM)).map((s) => ({
        start: s.start,
        end: s.end,
        word: text.slice(s.start, s.end),
      }));
    },
  };
}

let nodeSegmenter: Promise<JiebaSegmenter> | null = null;

/**
 * jieba-wasm's Node build (reads its .wasm synchronously from node_modules), for the command
 * line and tests. The specifier is a variable so bundlers building the extension do not pull
 * the Node build (it requires `fs` and `path`) into the background script.
 */
export function createNodeSegmenter(): Promise<JiebaSegmenter> {
  const specifier = 'jieba-wasm/node';
  nodeSegmenter ??= (import(/* @vite-ignore */ specifier) as Promise<JiebaApi & { default?: JiebaApi }>).then(
    // Node's CommonJS interop may put the exports on `default`.
    (mod) => wrap(typeof mod.tag === 'function' ? mod : mod.default!),
  );
  return nodeSegmenter;
}

let webSegmenter: Promise<JiebaSegmenter> | null = null;

/**
 * jieba-wasm's web build, for the extension's background. `wasm` is where the .wasm is shipped as
 * a file (e.g. `browser.runtime.getURL('/jieba_rs_wasm_bg.wasm')`: jieba's default URL would make
 * the bundler inline 4 MB of base64), or that file compiled already. The first call wins; later
 * calls share it.
 */
export function createWebSegmenter(wasm: string | WebAssembly.Module): Promise<JiebaSegmenter> {
  webSegmenter ??= initWeb({ module_or_path: wasm }).then(() => wrap(web));
  // A failed init (network, CSP) must not be cached forever: let the next call retry.
  webSegmenter.catch(() => {
    webSegmenter = null;
  });
  return webSegmenter;
}
