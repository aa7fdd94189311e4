import type { ComponentChildren } from 'preact';

export interface ItemButtonProps {
  id: string;
  /** Accessible name; it contains the visible text (label in name). */
  label: string;
  active?: boolean;
  onActivate(id: string): void;
  class?: string;
  children: ComponentChildren;
}

/**
 * One sidebar item: a real button, so Tab, Space and screen readers work as everywhere. Enter
 * is handled on keydown (with the browser's own Enter-click cancelled) so it acts exactly once.
 */
export function ItemButton({ id, label, active, onActivate, children, class: cls }: ItemButtonProps) {
  return (
    <button
      type="button"
      class={`kb-item${cls ? ` ${cls}` : ''}`}
      data-item=""
      data-id={id}
      aria-label={label}
      aria-current={active ? 'true' : undefined}
      onClick={() => onActivate(id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.repeat) {
          e.preventDefault();
          onActivate(id);
        }
      }}
    >
      {children}
    </button>
  );
}
