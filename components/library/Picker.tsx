import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Loaded } from './use-load';
import type { NameCount } from '@/lib/core/library';

/**
 * Choose a program, a person or a subject, then Show. A button rather than acting on every
 * change, so moving through the list with the arrow keys does not load each entry on the way.
 */
export function Picker({ t, id, label, options, current, onPick, onWant }: {
  t: Translate;
  id: string;
  label: string;
  options: Loaded<NameCount[]>;
  current: string;
  onPick: (name: string) => void;
  /** Asks for the options (they are read on demand). */
  onWant?: () => void;
}) {
  const [choice, setChoice] = useState(current);
  useEffect(() => setChoice(current), [current]);
  const list = options.state === 'ready' ? options.value : [];
  const listed = list.some((o) => o.name === current);
  return (
    <form
      class="inline"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) onPick(choice);
      }}
    >
      <label for={id}>{label}</label>
      <select id={id} value={choice} aria-busy={options.state === 'loading'} onFocus={onWant} onPointerDown={onWant} onChange={(e) => setChoice(e.currentTarget.value)}>
        <option value="">{t('library_pick_none')}</option>
        {current && !listed && <option value={current}>{current}</option>}
        {list.map((o) => <option key={o.name} value={o.name}>{t('library_option_count', o.name, o.articles)}</option>)}
      </select>
      <button type="submit" disabled={!choice}>{t('library_show')}</button>
    </form>
  );
}
