import type { Article, PageInfo } from '../core/types';

// STUB — replaced by the article reader (site templates + generic fallback).
export function readArticle(doc: Document, _url: string | null, _page?: PageInfo): Article {
  const title = doc.querySelector('h1')?.textContent?.trim() ?? '';
  return { title, kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [],
    printEdition: null, script: 'unknown', text: '', paragraphs: [] };
}
