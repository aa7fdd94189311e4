import { keywords, type Keyword } from './keywords';
import { findPeople, type PeopleResult } from './people';
import { summarize, type SummarySentence } from './summary';
import type { TaggedToken } from './tokens';

/**
 * What jieba adds to an article: keywords, people (with organisations and places) and a
 * three-sentence extractive summary. Offsets index the analysed text. This is the reply of the
 * background's `kanbao/analyze` and the `keywords`/`people`/`summary` fields of the `--json` document.
 */
export interface Analysis {
  keywords: Keyword[];
  people: PeopleResult;
  summary: SummarySentence[];
}

/** Pure: tokens in (from any Segmenter), analysis out. `known` are byline names from the metadata. */
export function analyzeTokens(text: string, tokens: readonly TaggedToken[], known: readonly string[] = []): Analysis {
  return {
    keywords: keywords(tokens, { top: 10 }),
    people: findPeople(text, tokens, { known: [...known] }),
    summary: summarize(text, tokens, { count: 3 }),
  };
}
