import { useEffect, useState } from 'preact/hooks';
import { accessModel } from '@/components/access/AccessGroups';
import { PopupView, type PopupState } from '@/components/popup/PopupView';
import { recordState, type RecordState } from '@/components/popup/LibraryLine';
import {
  annotationEnabled, recordingBlock, ruleFor, setLibraryPaused, setRecordingEnabled, setRule, setSiteEnabled, userSiteOf, type AccessGroup,
} from '@/lib/core/settings';
import { t } from '@/lib/i18n';
import type { Request, StateReply } from '@/lib/messaging';
import { SITES, siteKeyOfUrl, siteOf } from '@/lib/core/sites';
import { groupAccess, siteAccess, switchGroup, switchSite } from '@/lib/settings';
import { annotatePage, injectDetector } from '@/entrypoints/background/inject';
import { useSettings } from '@/entrypoints/options/use-settings';
import { libraryStatus, queryTabState, tabLoaded, targetTab, type TargetTab } from './tab-state';

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Browser glue for the popup: asks the tab's content script, renders the answer, sends actions. */
export function PopupApp() {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { settings, save } = useSettings();
  const [access, setAccess] = useState<Record<AccessGroup, boolean> | null>(null);
  const [siteGranted, setSiteGranted] = useState(false);
  const [permissionsChanged, setPermissionsChanged] = useState(0);
  const [recorded, setRecorded] = useState<RecordState | null>(null);

  useEffect(() => {
    targetTab()
      .then(async (found) => {
        setTab(found ?? null);
        setState(found ? await queryTabState(found.id) : { status: 'unavailable' });
      })
      .catch(() => setState({ status: 'unavailable' }));
  }, []);

  const host = tab?.url ? siteKeyOfUrl(tab.url) : null;
  const userSite = settings && host ? userSiteOf(settings, host) : null;

  useEffect(() => {
    groupAccess().then(setAccess, () => setAccess(null));
    if (userSite) siteAccess(userSite.host).then(setSiteGranted, () => setSiteGranted(false));
    else setSiteGranted(false);
  }, [permissionsChanged, userSite?.host]);
  // An address the popup cannot see is a page it has no access to yet: offer to annotate it anyway.
  const web = tab?.url ? host !== null : true;
  const reply = state.status === 'ready' ? state.reply : null;

  // The background records an article a moment after it is annotated: ask until it has, or says why not.
  // A page read only because the reader asked ("Annotate this page") is no recognised article: never recorded.
  const isArticle = reply?.isArticle === true && !reply.page.signals.includes('forced');
  const recordBlock = settings && host ? recordingBlock(settings, host) : null;
  useEffect(() => {
    if (!tab?.url || !isArticle) {
      setRecorded(null);
      return;
    }
    let stop = false;
    void (async () => {
      for (let i = 0; i < 20 && !stop; i++) {
        const status = await libraryStatus(tab.url!);
        const next = status ? recordState(status, tab.incognito === true) : null;
        if (!stop) setRecorded(next);
        if (next !== 'pending') return;
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    return () => {
      stop = true;
    };
  }, [tab?.url, isArticle, recordBlock]);

  /** Runs one action at a time; the reply (a new state) replaces the shown one. */
  const run = async (job: () => Promise<StateReply | undefined | void>, failure: (msg: string) => string = (m) => m) => {
    if (busy || !tab) return;
    setBusy(true);
    setError(null);
    try {
      const r = await job();
      if (r) setState({ status: 'ready', reply: r });
    } catch (e) {
      setError(failure(describe(e)));
    } finally {
      setBusy(false);
    }
  };
  /** Loads the tab again (the detector decides when a page loads) and waits for its new state. */
  const reloadTab = async (on: boolean) => {
    setState({ status: 'loading' });
    const loaded = tabLoaded(tab!.id);
    await browser.tabs.reload(tab!.id);
    await loaded;
    for (let i = 0; i < 20; i++) {
      const s = await queryTabState(tab!.id);
      if (s.status === 'ready' && (!on || !s.reply.isArticle || s.reply.annotated || i > 10)) return s.reply;
      await new Promise((r) => setTimeout(r, 150));
    }
    setState({ status: 'unavailable' });
  };

  /** Asks the tab's content script for its state until an article has its annotator. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      const s = await queryTabState(tab!.id);
      if (s.status === 'ready' && (!s.reply.isArticle || s.reply.annotated || i > 10)) return s.reply;
      await new Promise((r) => setTimeout(r, 150));
    }
    return undefined;
  };

  /**
   * Switches a permission from the click: the request goes out before anything is awaited (the
   * browser grants only within the gesture). Granted: the detector runs in the tab at once, as it
   * will on every later load. Given back: the tab loads again, left alone.
   */
  const permit = (job: Promise<boolean>, on: boolean) =>
    void run(async () => {
      const ok = await job;
      setPermissionsChanged((n) => n + 1);
      if (!ok) throw new Error(t('access_denied'));
      if (!on) return reloadTab(false);
      const url = tab!.url ? new URL(tab!.url) : null;
      const reached = url !== null && (await browser.permissions.contains({ origins: [`*://${url.hostname}/*`] }).catch(() => false));
      if (!reached || state.status === 'ready') return;
      await injectDetector(tab!.id).catch(() => {});
      return settle();
    });
  const send = (msg: Request) => run(() => browser.tabs.sendMessage(tab!.id, msg) as Promise<StateReply | undefined>);

  return (
    <PopupView
      t={t}
      model={{
        state,
        outlet: SITES.find((s) => s.id === reply?.site)?.name ?? null,
        host,
        web,
        site: settings && host
          ? {
            enabled: annotationEnabled(settings, host),
            rule: ruleFor(settings, host),
            always: siteOf(host) ? null : userSite !== null && userSite.enabled && siteGranted,
          }
          : null,
        access: accessModel(settings, access),
        busy,
        error,
        library: { state: recorded, siteOn: settings && host ? recordingBlock(setLibraryPaused(settings, false), host) === null : null },
      }}
      onConvert={(to) => void send({ type: 'kanbao/convert', to })}
      onKind={(kind, on) => void send({ type: 'kanbao/highlights', kinds: { [kind]: on } })}
      onSidebar={(open) => void send({ type: 'kanbao/sidebar', open })}
      onClear={() => void send({ type: 'kanbao/clear' })}
      onReannotate={() => void send({ type: 'kanbao/annotate-page' })}
      onAnnotatePage={() => void run(() => annotatePage(tab!.id), (m) => t('popup_annotate_failed', m))}
      onSiteEnabled={(on) =>
        void run(async () => {
          if (!settings || !host) return;
          await save(setSiteEnabled(settings, host, on));
          // The detector decides when a page loads: load it again so the switch shows at once.
          return reloadTab(on);
        })
      }
      onAlwaysOn={(on) => {
        if (!busy && tab && userSite?.host !== undefined && !on) permit(switchSite(userSite.host, false), false);
        else if (!busy && tab && host) permit(switchSite(host, on), on);
      }}
      onGroup={(group, on) => {
        if (!busy && tab) permit(switchGroup(group, on), on);
      }}
      onRule={(target) =>
        void run(async () => {
          if (!settings || !host) return;
          await save(setRule(settings, host, target));
          if (target && reply?.isArticle) return browser.tabs.sendMessage(tab!.id, { type: 'kanbao/convert', to: target }) as Promise<StateReply>;
        })
      }
      onOpenLibrary={() => {
        void browser.runtime.sendMessage({ type: 'kanbao/library/open' }).catch((e: unknown) => setError(describe(e)));
        if (!new URLSearchParams(location.search).has('tab')) window.close();
      }}
      onRecordSite={(on) =>
        void run(async () => {
          if (settings && host) await save(setRecordingEnabled(settings, host, on));
        })
      }
      onOptions={() => {
        void browser.runtime.openOptionsPage();
        if (!new URLSearchParams(location.search).has('tab')) window.close();
      }}
    />
  );
}
