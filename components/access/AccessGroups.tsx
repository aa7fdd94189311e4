import { ACCESS_GROUPS, accessPatterns, type AccessGroup, type Settings } from '@/lib/core/settings';
import type { MessageKey, Translate } from '@/lib/i18n';

/** One group as the switches show it. */
export interface GroupModel {
  group: AccessGroup;
  /** Switched on in the settings and granted by this browser: Kanbao reads these sites. */
  on: boolean;
  /** Switched on in the settings (perhaps on another computer) but not granted here. */
  pending: boolean;
  /** How many hosts the group asks the browser for (0: the built-in outlets already cover it). */
  hosts: number;
}

/** The groups as the switches show them: on where the settings and this browser's grants agree. */
export function accessModel(settings: Settings | null, granted: Record<AccessGroup, boolean> | null): GroupModel[] {
  if (!settings || !granted) return [];
  return ACCESS_GROUPS.map((group) => {
    const wanted = settings.sites.groups.includes(group);
    return { group, on: wanted && granted[group], pending: wanted && !granted[group], hosts: accessPatterns(group).length };
  });
}

const NAME: Record<AccessGroup, MessageKey> = {
  central: 'access_central', local: 'access_local', government: 'access_government', any: 'access_any',
};
const HINT: Record<AccessGroup, MessageKey> = {
  central: 'access_central_hint', local: 'access_local_hint', government: 'access_government_hint', any: 'access_any_hint',
};

/**
 * The access groups as switches, in the options page and the popup. Each switch is a native
 * checkbox with the switch role, named by its label and described by its hint, so screen readers
 * say what turning it on grants.
 */
export function AccessGroups({ t, groups, onSwitch, idPrefix, busy }: {
  t: Translate;
  groups: readonly GroupModel[];
  /** Called synchronously from the click, so the glue can ask for the permission within the gesture. */
  onSwitch: (group: AccessGroup, on: boolean) => void;
  /** Keeps ids unique when two lists share a page. */
  idPrefix: string;
  busy?: boolean;
}) {
  return (
    <ul class="plain kb-access" data-testid="access-groups">
      {groups.map((g) => {
        const hint = `${idPrefix}-${g.group}-hint`;
        return (
          <li key={g.group} data-group={g.group}>
            <label>
              <input
                type="checkbox"
                role="switch"
                data-testid={`group-${g.group}`}
                checked={g.on}
                disabled={busy}
                aria-describedby={hint}
                onChange={(e) => onSwitch(g.group, e.currentTarget.checked)}
              />
              <span>{t(NAME[g.group])}</span>
            </label>
            <span id={hint} class="hint">
              {t(HINT[g.group])}
              {g.group !== 'any' && ` · ${g.hosts > 0 ? t('access_hosts', g.hosts) : t('access_covered')}`}
              {g.pending && !g.on && ` · ${t('access_pending')}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
