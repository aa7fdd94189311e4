import { readFileSync } from 'node:fs';
import { analyzeTokens } from '@/lib/core/analysis';
import { extractAll } from '@/lib/core/extract';
import { buildDocument, type KanbaoDocument } from '@/lib/core/sidebar';
import { analyzePage } from '@/lib/dom/read';
import { createNodeSegmenter } from '@/lib/engines/jieba';
import { decodeHtml, parseDocument } from '@/lib/node/load-html';

/** The seed's address as People's Daily serves it in Traditional script. */
export const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';

/**
 * The seed page's `--json` document, built as the command line builds it: read the saved page,
 * extract, run jieba's analysis, then buildDocument.
 */
export async function seedDocument(url: string = SEED_URL): Promise<KanbaoDocument> {
  const { html } = decodeHtml(readFileSync('tests/fixtures/corpus/pages/people_hn_big5_seed.html'));
  const { page, read } = analyzePage(parseDocument(html), url);
  if (!read) throw new Error('the seed page was not read as an article');
  const article = read.article;
  const extraction = extractAll(article.text, { published: article.published });
  const segmenter = await createNodeSegmenter();
  const analysis = analyzeTokens(article.text, segmenter.tag(article.text), article.authors);
  return buildDocument({ input: 'people_hn_big5_seed.html', url, page, article, extraction, analysis });
}
