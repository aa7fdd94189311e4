import { useLayoutEffect, useRef } from 'preact/hooks';
import { stepId, stepKindOf, type SidebarModel } from '@/lib/core/sidebar';

/** The sidebar button that stands for a mark: a program's first mention stands for the group. */
function buttonFor(model: SidebarModel, id: string): string {
  for (const k of model.programs) for (const g of k.groups) if (g.ids.includes(id)) return g.ids[0]!;
  return id;
}

/**
 * Keys on a mark the sidebar focused, while it is open: n / p continue through the mark's kind,
 * Esc returns to the mark's item in the sidebar (its heading if the item is not shown).
 */
export function useMarkKeys(
  listen: ((listener: (e: KeyboardEvent) => void) => () => void) | null,
  model: SidebarModel | null,
  activate: (id: string) => void,
  sidebar: { current: HTMLElement | null },
): void {
  // The listener stays the same while the model and callbacks change under it.
  const latest = useRef({ model, activate });
  latest.current = { model, activate };
  useLayoutEffect(() => {
    if (!listen) return;
    return listen((e) => {
      const { model: m, activate: go } = latest.current;
      const mark = e.target as Element | null;
      if (!m || !mark || mark.localName !== 'kanbao-mark' || e.ctrlKey || e.metaKey || e.altKey) return;
      const id = mark.getAttribute('data-kanbao-id');
      const kind = stepKindOf(m, id);
      if (!id || !kind) return;
      if (e.key === 'n' || e.key === 'p') {
        const next = stepId(m, kind, id, e.key === 'n' ? 1 : -1);
        if (next) go(next);
      } else if (e.key === 'Escape') {
        const root = sidebar.current;
        const item = [...(root?.querySelectorAll<HTMLElement>('[data-item]') ?? [])].find((b) => b.dataset.id === buttonFor(m, id));
        (item ?? root?.querySelector<HTMLElement>('h1'))?.focus();
      } else return;
      e.preventDefault();
      e.stopPropagation();
    });
  }, [listen, sidebar]);
}
