import { useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '@/components/popup/PopupView';
import { annotationEnabled, ruleFor, setRule, setSiteEnabled } from '@/lib/core/settings';
import { t } from '@/lib/i18n';
import type { Request, StateReply } from '@/lib/messaging';
import { SITES, siteKeyOfUrl } from '@/lib/core/sites';
import { annotatePage } from '@/entrypoints/background/inject';
import { useSettings } from '@/entrypoints/options/use-settings';
import { queryTabState, tabLoaded, targetTab, type TargetTab } from './tab-state';

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Browser glue for the popup: asks the tab's content script, renders the answer, sends actions. */
export function PopupApp() {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { settings, save } = useSettings();

  useEffect(() => {
    targetTab()
      .then(async (found) => {
        setTab(found ?? null);
        setState(found ? await queryTabState(found.id) : { status: 'unavailable' });
      })
      .catch(() => setState({ status: 'unavailable' }));
  }, []);

  const host = tab?.url ? siteKeyOfUrl(tab.url) : null;
  // An address the popup cannot see is a page it has no access to yet: offer to annotate it anyway.
  const web = tab?.url ? host !== null : true;
  const reply = state.status === 'ready' ? state.reply : null;

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
  const send = (msg: Request) => run(() => browser.tabs.sendMessage(tab!.id, msg) as Promise<StateReply | undefined>);

  return (
    <PopupView
      t={t}
      model={{
        state,
        outlet: SITES.find((s) => s.id === reply?.site)?.name ?? null,
        host,
        web,
        site: settings && host ? { enabled: annotationEnabled(settings, host), rule: ruleFor(settings, host) } : null,
        busy,
        error,
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
        })
      }
      onRule={(target) =>
        void run(async () => {
          if (!settings || !host) return;
          await save(setRule(settings, host, target));
          if (target && reply?.isArticle) return browser.tabs.sendMessage(tab!.id, { type: 'kanbao/convert', to: target }) as Promise<StateReply>;
        })
      }
      onOptions={() => {
        void browser.runtime.openOptionsPage();
        if (!new URLSearchParams(location.search).has('tab')) window.close();
      }}
    />
  );
}
