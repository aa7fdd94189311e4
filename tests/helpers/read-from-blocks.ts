import type { ArticleRead } from '@/lib/dom/read/article';

const TRIM = /^[\s\u3000\u2003\u00a0]+|[\s\u3000\u2003\u00a0]+$/g;

/**
 * A stand-in for the reader in highlighter tests: each block is one paragraph whose text is the
 * block's trimmed textContent (the reader's contract), or the override given for it.
 */
export function readFromBlocks(blocks: (Element | null)[], override?: (string | undefined)[]): ArticleRead {
  const texts = blocks.map((b, i) => override?.[i] ?? (b?.textContent ?? '').replace(TRIM, ''));
  let pos = 0;
  const paragraphs = texts.map((t) => {
    const p = { start: pos, end: pos + t.length, caption: false };
    pos += t.length + 1;
    return p;
  });
  return {
    article: {
      title: '', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [],
      printEdition: null, script: 'simplified', text: texts.join('\n'), paragraphs,
    },
    template: 'test',
    blocks,
  };
}
