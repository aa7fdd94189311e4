import type { EntityRow, KeywordRow, PersonRow, SummaryRow } from '@/lib/core/sidebar';
import type { Translate } from '@/lib/i18n';
import { ItemButton } from './ItemButton';

interface ListProps<T> {
  rows: T[];
  t: Translate;
  activeId: string | null;
  onActivate(id: string): void;
}

export const personText = (p: PersonRow) => (p.titles.length ? `${p.name} — ${p.titles.join('；')}` : p.name);

/** People with their titles as the article gives them: 王一鷗 — 湖南省副省長、省公安廳廳長. */
export function PeopleList({ rows, t, activeId, onActivate }: ListProps<PersonRow>) {
  return (
    <ul class="kb-list">
      {rows.map((p) => (
        <li key={p.id}>
          <ItemButton id={p.id} label={t('go_to', personText(p))} active={p.id === activeId} onActivate={onActivate}>
            <span class="kb-item-text">
              <b>{p.name}</b>
              {p.titles.length > 0 && <span class="kb-muted"> — {p.titles.join('；')}</span>}
            </span>
            {p.count > 0 && <span class="kb-badge">{p.count}</span>}
          </ItemButton>
        </li>
      ))}
    </ul>
  );
}

/** An organisation with the shorter names the article also gives it: 湖南省公安廳（省公安廳、省廳）. */
export const entityText = (e: EntityRow) => (e.forms.length ? `${e.name}（${e.forms.join('、')}）` : e.name);

/** Organisations or places, with how often each is named (under any of its names). */
export function EntityList({ rows, t, activeId, onActivate }: ListProps<EntityRow>) {
  return (
    <ul class="kb-chips">
      {rows.map((e) => (
        <li key={e.id}>
          <ItemButton id={e.id} class="kb-chip" label={t('go_to', entityText(e))} active={e.id === activeId} onActivate={onActivate}>
            {e.name}
            {e.forms.length > 0 && <span class="kb-muted">（{e.forms.join('、')}）</span>}
            <span class="kb-badge">{e.count}</span>
          </ItemButton>
        </li>
      ))}
    </ul>
  );
}

export function KeywordList({ rows, t, activeId, onActivate }: ListProps<KeywordRow>) {
  return (
    <ol class="kb-chips">
      {rows.map((k) => (
        <li key={k.id}>
          <ItemButton id={k.id} class="kb-chip" label={t('go_to', k.word)} active={k.id === activeId} onActivate={onActivate}>
            {k.word}
            <span class="kb-badge">{k.count}</span>
          </ItemButton>
        </li>
      ))}
    </ol>
  );
}

export function SummaryList({ rows, t, activeId, onActivate }: ListProps<SummaryRow>) {
  return (
    <ol class="kb-summary">
      {rows.map((s) => (
        <li key={s.id}>
          <ItemButton id={s.id} class="kb-sentence" label={t('go_to', s.text)} active={s.id === activeId} onActivate={onActivate}>
            {s.text}
          </ItemButton>
        </li>
      ))}
    </ol>
  );
}
