import { useRef, useState } from 'preact/hooks';
import type { ProgramKind } from '@/lib/core/extract';
import type { ProgramGroup, ProgramKindGroup } from '@/lib/core/sidebar';
import type { Translate } from '@/lib/i18n';
import { GlossaryCard } from './GlossaryCard';
import { ItemButton } from './ItemButton';

export interface ProgramsListProps {
  kinds: ProgramKindGroup[];
  t: Translate;
  activeId: string | null;
  onActivate(id: string): void;
}

export const programKindLabel = (t: Translate, kind: ProgramKind) => t(`prog_${kind}`);
export const mentionsLabel = (t: Translate, n: number) => (n === 1 ? t('mention_one') : t('mentions', n));

/**
 * Programs grouped by kind, one button per name. A name mentioned several times goes to its
 * next mention on each activation (the first, then the second, …), so every mention is reachable.
 */
export function ProgramsList({ kinds, t, activeId, onActivate }: ProgramsListProps) {
  const next = useRef(new Map<string, number>());
  // Groups whose glossary card is open, by kind and name (they keep it across a conversion).
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((s) => {
      const n = new Set(s);
      if (!n.delete(key)) n.add(key);
      return n;
    });
  const go = (g: ProgramGroup) => {
    const key = `${g.kind}:${g.name}`;
    // Continue from the mention the reader is on, if it is one of this group's.
    const at = activeId ? g.ids.indexOf(activeId) : -1;
    const i = at >= 0 ? (at + 1) % g.ids.length : (next.current.get(key) ?? 0) % g.ids.length;
    next.current.set(key, i + 1);
    onActivate(g.ids[i]!);
  };
  return (
    <div class="kb-programs">
      {kinds.map((k) => (
        <div key={k.kind} class="kb-program-kind" data-kind={k.kind}>
          <h3>
            {programKindLabel(t, k.kind)} <span class="kb-count kb-count-small">{k.mentions}</span>
          </h3>
          <ul class="kb-list">
            {k.groups.map((g, i) => {
              const mentions = mentionsLabel(t, g.count);
              const key = `${g.kind}:${g.name}`;
              const open = g.card !== undefined && expanded.has(key);
              const cardId = `kb-card-${k.kind}-${i}`;
              return (
                <li key={g.name} data-name={g.name} class={g.card ? 'kb-has-card' : undefined}>
                  <ItemButton
                    id={g.ids[0]!}
                    description={t('go_to_group', g.text, mentions)}
                    active={activeId !== null && g.ids.includes(activeId)}
                    onActivate={() => go(g)}
                  >
                    <span class="kb-item-text">{g.text}</span>
                    <span class="kb-badge" data-mentions={g.count}>
                      {mentions}
                    </span>
                  </ItemButton>
                  {g.card && (
                    <button
                      type="button"
                      class="kb-disclosure"
                      aria-expanded={open ? 'true' : 'false'}
                      aria-controls={cardId}
                      title={t('glossary_show', g.text)}
                      onClick={() => toggle(key)}
                    >
                      {/* Named by what it shows, then which name it explains (WCAG 2.5.3). */}
                      {t('glossary_what')}
                      <span class="kb-vh"> — {g.text}</span>
                    </button>
                  )}
                  {g.card && open && <GlossaryCard id={cardId} card={g.card} t={t} />}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
