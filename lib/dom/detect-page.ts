import type { PageInfo } from '../core/types';

// STUB — replaced by the detection work (URL rules + DOM signals).
export function detectPage(_doc: Document, _url: string | null): PageInfo {
  return { isArticle: false, site: null, peoplesDaily: false, template: null, confidence: 0, signals: [] };
}
