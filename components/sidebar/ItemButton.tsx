import type { ComponentChildren } from 'preact';

export interface ItemButtonProps {
  id: string;
  /** Accessible name; it contains the visible text (label in name). */
  label?: string;
  /**
   * Said after the name, for a button named by what it shows (its text and a badge, which no
   * worded name could contain in the order they are shown).
   */
  description?: string;
  active?: boolean;
  onActivate(id: string): void;
  class?: string;
  children: ComponentChildren;
}

/**
 * One sidebar item: a real button, so Tab, Space and screen readers work as everywhere. Enter
 * is handled on keydown (with the browser's own Enter-click cancelled) so it acts exactly once.
 */
export function ItemButton({ id, label, description, active, onActivate, children, class: cls }: ItemButtonProps) {
  const describedBy = description === undefined ? undefined : `kb-desc-${id}`;
  const button = (
    <button
      type="button"
      class={`kb-item${cls ? ` ${cls}` : ''}`}
      data-item=""
      data-id={id}
      aria-label={label}
      aria-describedby={describedBy}
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
  if (describedBy === undefined) return button;
  // A hidden element still gives its text to aria-describedby.
  return (
    <>
      {button}
      <span id={describedBy} hidden>
        {description}
      </span>
    </>
  );
}
