import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';

/**
 * The first `step` items of a long list, and a button for the next `step`: a program named in
 * thousands of articles should not put thousands of rows into the page at once. Starts again
 * from the first page when `reset` changes (another program, another person).
 */
export function useShowMore<T>(items: readonly T[], step: number, reset: unknown): { shown: readonly T[]; more: (t: Translate) => JSX.Element | null } {
  const [limit, setLimit] = useState(step);
  useEffect(() => setLimit(step), [reset, step]);
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    more: (t) =>
      items.length > limit ? (
        <p>
          <button type="button" onClick={() => setLimit((n) => n + step)}>{t('library_more')}</button>{' '}
          <span class="hint">{t('library_count_items', limit, items.length)}</span>
        </p>
      ) : null,
  };
}
