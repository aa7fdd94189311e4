import { analyzePage } from '../dom/read';
import { analyzeTokens } from '../core/analysis';
import { createNodeSegmenter } from '../engines/jieba';
import { articleFromText, classifyUrl } from '../core/article';
import { buildDocument, type KanbaoDocument } from '../core/sidebar';
import { builtinGlossary, withGlossary } from '../core/glossary';
import type { Article, PageInfo } from '../core/types';
import { extractAll } from '../core/extract';
import { decodeHtml, parseDocument } from './load-html';

/** A failure the command line reports in one line with exit code 2. */
export class InputError extends Error {}

/**
 * A Chinese page that was read but is not an article. Still an InputError for callers that only
 * need "no document" (the message says what the detector saw); the command line answers it with
 * exit code 1 and, with `--json`, the verdict document.
 */
export class NotArticleError extends InputError {
  constructor(readonly input: string, readonly url: string | null, readonly page: PageInfo) {
    super(`${input}: not recognised as a Chinese news article (${describe(page)})`);
  }
}

/**
 * What `--json` prints for a page that is not an article: the same first three fields as the
 * article's document, so a tool reads `page.isArticle` the same way in both.
 */
export type VerdictDocument = Pick<KanbaoDocument, 'input' | 'url' | 'page'>;

export function verdictDocument(e: NotArticleError): VerdictDocument {
  return { input: e.input, url: e.url, page: e.page };
}

const HAN = /[\u3400-\u9fff]/;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<head|<body|<div|<meta|<!--)/i.test(text);
}

/**
 * Turns the bytes of one input (a saved page or plain text) into the `--json` document. Async
 * because jieba (keywords, people, summary) loads its wasm on first use; bad input rejects with
 * an InputError before jieba is loaded.
 */
export async function annotateInput(bytes: Uint8Array, input: string, url: string | null): Promise<KanbaoDocument> {
  if (bytes.length === 0) throw new InputError(`${input}: the input is empty`);
  if (looksBinary(bytes)) throw new InputError(`${input}: this looks like a binary file, not a page or text`);
  const { html: text } = decodeHtml(bytes);
  if (!HAN.test(text)) throw new InputError(`${input}: no Chinese text found`);

  if (looksLikeHtml(input, text)) {
    const { page, read } = analyzePage(parseDocument(text), url);
    if (!read) throw new NotArticleError(input, url, page);
    return documentFor(input, url, page, read.article);
  }
  // Plain text: one paragraph per line, offsets index the file exactly as it is.
  const article = articleFromText(text);
  const site = url ? classifyUrl(url).site : null;
  const page: PageInfo = { isArticle: true, site, peoplesDaily: site === 'people.com.cn', template: 'text',
    confidence: 1, signals: ['text-input'] };
  return documentFor(input, url, page, article);
}

async function documentFor(input: string, url: string | null, page: PageInfo, article: Article): Promise<KanbaoDocument> {
  const extraction = extractAll(article.text, { published: article.published });
  // jieba runs in Node too (its Node build); the byline names are the people known for certain.
  const segmenter = await createNodeSegmenter();
  const analysis = analyzeTokens(article.text, segmenter.tag(article.text), article.authors);
  // A formulation the glossary knows carries its card, as in the page's tooltip.
  const programs = withGlossary(extraction.programs, builtinGlossary());
  // The same builder as the sidebar's JSON export, so the two documents never drift.
  return buildDocument({ input, url, page, article, extraction: { ...extraction, programs }, analysis });
}

/** The detector's evidence, also for a host that is no known outlet (the signals are the answer). */
function describe(page: PageInfo): string {
  return `${page.site ?? 'no known outlet'}, signals: ${page.signals.join(', ') || 'none'}`;
}
