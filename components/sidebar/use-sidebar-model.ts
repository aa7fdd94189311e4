import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/core/analysis';
import { buildSidebarModel, convertModel, type SidebarModel } from '@/lib/core/sidebar';
import type { ConvertTarget, ScriptTarget } from '@/lib/core/types';
import type { SidebarPage } from './services';

const EMPTY = { figures: [], dates: [], programs: [] };

/** Renders again on every change the page reports; returns a counter that moves with them. */
export function usePageChanges(page: SidebarPage): number {
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => page.onChange(() => setTick((n) => n + 1)), [page]);
  return tick;
}

type Built = { annotation: ReturnType<SidebarPage['annotation']>; analysis: Analysis | null; model: SidebarModel };
type Converted = { from: SidebarModel; target: ScriptTarget; model: SidebarModel };

export interface SidebarModels {
  /** As the article was read: what steps, locates and keys work on. Null while closed or without an article. */
  base: SidebarModel | null;
  /** In the page's current script; the base until a conversion lands. */
  shown: SidebarModel | null;
}

/**
 * The sidebar's model: built while open from the annotation and jieba's analysis (again only when
 * either changes, so a closing and opening keep it), and converted when the page's script changes.
 * The newest conversion wins; a failed one is tried again at the page's next change.
 */
export function useSidebarModel(
  open: boolean,
  page: SidebarPage,
  analysis: Analysis | null,
  convertTexts: (texts: string[], to: ConvertTarget) => Promise<string[]>,
): SidebarModels {
  const tick = usePageChanges(page);
  const built = useRef<Built | null>(null);
  const article = page.article;
  const annotation = page.annotation();
  let base: SidebarModel | null = null;
  if (open && article) {
    const b = built.current;
    if (!b || b.annotation !== annotation || b.analysis !== analysis) {
      const model = buildSidebarModel({
        article, site: page.info.site, extraction: annotation?.extraction ?? EMPTY, items: annotation?.items ?? [], analysis,
      });
      built.current = { annotation, analysis, model };
    }
    base = built.current!.model;
  }

  const target = page.converted();
  const [converted, setConverted] = useState<Converted | null>(null);
  const job = useRef<{ from: SidebarModel; target: ScriptTarget } | null>(null);
  const landed = converted !== null && converted.from === base && converted.target === target;
  useEffect(() => {
    if (!base || target === 'original' || landed) return;
    if (job.current?.from === base && job.current.target === target) return;
    const mine = (job.current = { from: base, target });
    const from = base;
    convertModel(from, (texts) => convertTexts(texts, target))
      .then((model) => {
        if (job.current !== mine) return;
        job.current = null;
        setConverted({ from, target, model });
      })
      .catch((e: unknown) => {
        if (job.current === mine) job.current = null;
        console.warn('[kanbao] sidebar conversion failed', e);
      });
  }, [base, target, landed, tick, convertTexts]);

  return { base, shown: base && target !== 'original' && landed ? converted.model : base };
}
