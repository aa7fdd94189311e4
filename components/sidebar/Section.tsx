import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  /** Items shown; null while the section is loading. */
  count: number | null;
  /** Accessible description of the count (`Key figures: 51 items`). */
  countLabel?: string;
  collapsed: boolean;
  onToggle(id: string): void;
  /** Controls next to the heading (next / previous). */
  actions?: ComponentChildren;
  children: ComponentChildren;
}

/** A collapsible section: a heading whose button shows and hides the body (disclosure pattern). */
export function Section({ id, title, count, countLabel, collapsed, onToggle, actions, children }: SectionProps) {
  const head = `kb-${id}-head`;
  const body = `kb-${id}-body`;
  return (
    <section class="kb-section" data-section={id} aria-labelledby={head}>
      <div class="kb-section-head">
        <h2 id={head}>
          <button type="button" class="kb-toggle" aria-expanded={!collapsed} aria-controls={body} onClick={() => onToggle(id)}>
            <span class="kb-chevron" aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
            <span class="kb-section-title">{title}</span>
            {count !== null && (
              <span class="kb-count" data-count={count} title={countLabel}>
                {count}
              </span>
            )}
          </button>
        </h2>
        {actions}
      </div>
      <div id={body} class="kb-section-body" hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
