import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/core/analysis';
import type { Article } from '@/lib/core/types';
import type { AnalysisStatus } from './SidebarView';

/** The background's reply is untrusted input: only a whole analysis is taken. */
export function isAnalysis(x: unknown): x is Analysis {
  const a = x as Partial<Analysis> | null;
  return !!a && Array.isArray(a.keywords) && Array.isArray(a.summary) && !!a.people && Array.isArray(a.people.people)
    && Array.isArray(a.people.organisations) && Array.isArray(a.people.places);
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : typeof e === 'string' ? e : 'no answer');

/** Authors the article names: jieba keeps them whole. Bounded, as the background checks. */
const knownNames = (a: Article) => a.authors.filter((n) => n.length <= 20).slice(0, 100);

export interface AnalysisState {
  status: AnalysisStatus;
  analysis: Analysis | null;
}

/**
 * jieba runs in the background: asked when the sidebar first opens on an article, and on a later
 * opening again only after a failure. A closing does not cancel the question: the answer is kept.
 */
export function useAnalysis(open: boolean, article: Article | null, analyze: (text: string, known: string[]) => Promise<unknown>): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ status: { state: 'loading' }, analysis: null });
  const asked = useRef(false);
  useEffect(() => {
    if (!open || !article || asked.current) return;
    asked.current = true;
    setState({ status: { state: 'loading' }, analysis: null });
    const failed = (message: string) => {
      asked.current = false;
      setState({ status: { state: 'error', message }, analysis: null });
    };
    analyze(article.text, knownNames(article)).then(
      (reply) => {
        if (isAnalysis(reply)) setState({ status: { state: 'ready' }, analysis: reply });
        else {
          const error = (reply as { error?: unknown } | null)?.error;
          failed(typeof error === 'string' ? error : 'no answer');
        }
      },
      (e: unknown) => failed(reason(e)),
    );
  }, [open, article, analyze]);
  return state;
}
