import type { Article } from '../core/types';

/** What the reader returns: the article, the template that read it, and each paragraph's element. */
export interface ArticleRead {
  article: Article;
  /** `rm_txt`, `2016wb`, `articleCont`, `xl2019`, `newscn2021`, … or `generic`. */
  template: string;
  /**
   * blocks[i] is the element paragraphs[i] was read from, or null when the text does not live in
   * the page (CCTV's body in a script string). paragraphs[i] text === the block's textContent with
   * only leading/trailing whitespace removed, so offsets map back to text nodes exactly.
   */
  blocks: (Element | null)[];
}

// STUB — replaced by the article reader (site templates + generic fallback).
export function readArticle(doc: Document, _url: string | null): ArticleRead {
  const title = doc.querySelector('h1')?.textContent?.trim() ?? '';
  return {
    article: { title, kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [],
      printEdition: null, script: 'unknown', text: '', paragraphs: [] },
    template: 'generic',
    blocks: [],
  };
}
