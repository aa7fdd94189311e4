import { FLASH_CLASS } from './types';

/**
 * Brings a span's marks to the reader's attention (for the sidebar): scroll the first into view,
 * focus it (which also opens the tooltip), and flash them all briefly.
 */
const FLASH_MS = 1600;

export function focusMarks(marks: readonly Element[], timers: Set<ReturnType<typeof setTimeout>>): boolean {
  const first = marks[0] as HTMLElement | undefined;
  if (!first || !first.isConnected) return false;
  const view = first.ownerDocument.defaultView;
  const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  try {
    first.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    // Scrolling was done above, smoothly; a focus-driven jump would cancel it.
    first.focus({ preventScroll: true });
  } catch {
    // Older engines reject option bags; focus is still worth having.
  }
  for (const m of marks) {
    m.classList.remove(FLASH_CLASS);
    // Reading layout restarts the CSS animation when the same span is flashed twice in a row.
    void m.getBoundingClientRect();
    m.classList.add(FLASH_CLASS);
  }
  const timer = setTimeout(() => {
    timers.delete(timer);
    for (const m of marks) {
      m.classList.remove(FLASH_CLASS);
      // Leave no empty class="" behind on a mark.
      if (m.getAttribute('class') === '') m.removeAttribute('class');
    }
  }, FLASH_MS);
  timers.add(timer);
  return true;
}
