import { useEffect, useRef, useState } from 'preact/hooks';
import { accessModel } from '@/components/access/AccessGroups';
import { OptionsView } from '@/components/options/OptionsView';
import type { BrowserName, CommandInfo, StatusLine } from '@/components/options/types';
import {
  addUserSite, exportSettings, hostPattern, importSettings, removeUserSite, traditionalFor, validateSettings,
  type AccessGroup, type ImportError, type Settings,
} from '@/lib/core/settings';
import { downloadText } from '@/lib/dom/download';
import { t, type Translate } from '@/lib/i18n';
import { groupAccess, switchGroup } from '@/lib/settings';
import { useSettings } from './use-settings';

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The popup's own command first, then ours in the manifest's order. */
const COMMAND_ORDER = ['toggle-sidebar', 'toggle-highlights', 'convert-simplified', 'convert-traditional', 'convert-original'];
const commandRank = (name: string) => (name.startsWith('_') ? -1 : COMMAND_ORDER.indexOf(name) + (COMMAND_ORDER.includes(name) ? 0 : 99));

/** The message for a refused import file; every one ends "Nothing was changed." */
export function importErrorText(tr: Translate, e: ImportError): string {
  switch (e.code) {
    case 'too-large':
      return tr('bk_err_too_large');
    case 'not-json':
      return tr('bk_err_not_json');
    case 'foreign':
      return tr('bk_err_foreign');
    case 'bad-version':
      return tr('bk_err_bad_version');
    case 'newer':
      return tr('bk_err_newer', e.version);
    case 'invalid':
      return tr('bk_err_invalid', e.problems.length, e.problems[0]?.path ?? '');
  }
}

/** Browser glue for the options page: settings through the one hook, permissions, files, shortcuts. */
export function OptionsApp({ browserName = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome', tr = t }: {
  browserName?: BrowserName;
  tr?: Translate;
}) {
  const { settings, localOnly, save } = useSettings();
  const latest = useRef<Settings | null>(null);
  latest.current = settings;
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [permissionsChanged, setPermissionsChanged] = useState(0);
  const [commands, setCommands] = useState<CommandInfo[]>([]);
  const [status, setStatus] = useState<StatusLine | null>(null);

  useEffect(() => {
    browser.commands?.getAll?.()
      .then((list) => setCommands(
        list
          .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }))
          .sort((a, b) => commandRank(a.name) - commandRank(b.name)),
      ))
      .catch(() => setCommands([]));
    const changed = () => setPermissionsChanged((n) => n + 1);
    browser.permissions?.onAdded?.addListener(changed);
    browser.permissions?.onRemoved?.addListener(changed);
    return () => {
      browser.permissions?.onAdded?.removeListener(changed);
      browser.permissions?.onRemoved?.removeListener(changed);
    };
  }, []);

  const userHosts = settings?.sites.user.map((u) => u.host).join(' ') ?? '';
  useEffect(() => {
    const hosts = userHosts ? userHosts.split(' ') : [];
    Promise.all(hosts.map(async (h) => [h, await browser.permissions.contains({ origins: [hostPattern(h)] }).catch(() => false)] as const))
      .then((entries) => setGranted(Object.fromEntries(entries)))
      .catch(() => {});
  }, [userHosts, permissionsChanged]);

  const [access, setAccess] = useState<Record<AccessGroup, boolean> | null>(null);
  useEffect(() => {
    groupAccess().then(setAccess, () => setAccess(null));
  }, [permissionsChanged]);

  const fail = (text: string) => setStatus({ kind: 'error', text });

  const commit = async (next: Settings, done?: string) => {
    const problems = validateSettings(next);
    if (problems.length) return fail(tr('options_save_failed', problems[0]!.path));
    try {
      const r = await save(next);
      setStatus({ kind: 'ok', text: done ?? (r.area === 'sync' ? tr('options_saved') : tr('options_saved_local')) });
    } catch (e) {
      fail(tr('options_save_failed', describe(e)));
    }
  };

  /** Asks for a site's host permission. Called straight from the click: Firefox grants only within the gesture. */
  const request = (host: string) => browser.permissions.request({ origins: [hostPattern(host)] });

  return (
    <OptionsView
      t={tr}
      model={{
        settings,
        localOnly,
        granted,
        access: accessModel(settings, access),
        commands,
        browser: browserName,
        autoTraditional: traditionalFor('auto', navigator.languages ?? [navigator.language]),
        status,
      }}
      actions={{
        onChange: (next) => void commit(next),
        onAddSite: (host) => {
          request(host).then(
            (ok) => {
              if (!ok) return fail(tr('sites_err_denied', host));
              if (latest.current) return commit(addUserSite(latest.current, host));
            },
            (e: unknown) => fail(tr('options_save_failed', describe(e))),
          );
        },
        onAllowSite: (host) => {
          request(host).then((ok) => (ok ? setPermissionsChanged((n) => n + 1) : fail(tr('sites_err_denied', host))), (e: unknown) => fail(describe(e)));
        },
        onGroup: (group, on) => {
          switchGroup(group, on).then(
            (ok) => {
              setPermissionsChanged((n) => n + 1);
              if (ok) setStatus({ kind: 'ok', text: tr('options_saved') });
              else fail(tr('access_denied'));
            },
            (e: unknown) => fail(tr('options_save_failed', describe(e))),
          );
        },
        onRemoveSite: (host) => {
          if (!latest.current) return;
          void commit(removeUserSite(latest.current, host)).then(() =>
            browser.permissions.remove({ origins: [hostPattern(host)] }).catch(() => false),
          );
        },
        onExport: () => {
          if (!latest.current) return;
          const name = `kanbao-settings-${new Date().toISOString().slice(0, 10)}.json`;
          downloadText(document.body, name, 'application/json', exportSettings(latest.current));
          setStatus({ kind: 'ok', text: tr('bk_exported', name) });
        },
        onImport: (file) => {
          file.text().then(
            (text) => {
              const result = importSettings(text);
              if (!result.ok) return fail(importErrorText(tr, result.error));
              return commit(result.settings, result.migratedFrom ? tr('bk_imported_migrated', result.migratedFrom) : tr('bk_imported'));
            },
            (e: unknown) => fail(tr('bk_err_read', describe(e))),
          );
        },
        onShortcuts: () => {
          const commandsApi = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
          if (commandsApi.openShortcutSettings) void commandsApi.openShortcutSettings();
          else if (browserName === 'chrome') void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
        },
        onOpenLibrary: () => {
          browser.runtime.sendMessage({ type: 'kanbao/library/open' }).catch((e: unknown) => fail(describe(e)));
        },
      }}
    />
  );
}
