import { AccessGroups, type GroupModel } from '@/components/access/AccessGroups';
import type { AccessGroup } from '@/lib/core/settings';
import type { Translate } from '@/lib/i18n';
import type { HighlightKind, ScriptTarget, StateReply } from '@/lib/messaging';
import { ConvertButtons } from './ConvertButtons';
import { KindSwitches } from './KindSwitches';
import { LibraryLine, type LibraryModel } from './LibraryLine';
import { SiteControls, type SiteModel } from './SiteControls';

/**
 * The toolbar popup, presentational: props in, callbacks out. Every control is
 * a native button, checkbox or select, so Tab, Space, Enter and the arrow keys work alike in
 * Chrome and Firefox.
 */
export type PopupState =
  | { status: 'loading' }
  /** No Kanbao content script answered: a page outside our sites, or a browser page. */
  | { status: 'unavailable' }
  | { status: 'ready'; reply: StateReply };

export interface PopupModel {
  state: PopupState;
  /** The outlet's display name, when the page is on a built-in site. */
  outlet: string | null;
  /** The tab's host (`hn.people.com.cn`), when the browser lets the popup see its address. */
  host: string | null;
  /** False for browser pages (chrome://, about:, the web store): nothing can run there. */
  web: boolean;
  /** Per-site settings of this host; null while loading or without a host. */
  site: SiteModel | null;
  busy: boolean;
  error: string | null;
  /** The access groups with what this browser granted (no list while unknown). */
  access?: GroupModel[];
  /** Whether the page is in the library, and the site's recording switch; no section when absent. */
  library?: LibraryModel;
}

export interface PopupActions {
  onConvert?: (to: ScriptTarget) => void;
  onKind?: (kind: HighlightKind, on: boolean) => void;
  onSidebar?: (open: boolean) => void;
  onSiteEnabled?: (on: boolean) => void;
  onRule?: (target: ScriptTarget | null) => void;
  /** "Always on this site"; called from the click (the permission is asked within it). */
  onAlwaysOn?: (on: boolean) => void;
  /** An access group switched; called from the click (the permission is asked within it). */
  onGroup?: (group: AccessGroup, on: boolean) => void;
  onAnnotatePage?: () => void;
  /** kanbao/clear: the page back as it loaded. */
  onClear?: () => void;
  /** kanbao/annotate-page on an article whose highlights were cleared. */
  onReannotate?: () => void;
  onOptions?: () => void;
  /** Opens (or brings forward) library.html. */
  onOpenLibrary?: () => void;
  /** "Record this site" switched. */
  onRecordSite?: (on: boolean) => void;
}

const SCRIPT_KEY = {
  simplified: 'script_simplified', traditional: 'script_traditional', mixed: 'script_mixed', english: 'script_english', unknown: 'script_unknown',
} as const;
export const TARGET_KEY = {
  simplified: 'target_simplified', taiwan: 'target_taiwan', hongkong: 'target_hongkong', original: 'target_original',
} as const;

export function PopupView({ model, t, ...actions }: { model: PopupModel; t: Translate } & PopupActions) {
  const { state } = model;
  const reply = state.status === 'ready' ? state.reply : null;
  const off = model.site !== null && !model.site.enabled;
  const article = reply?.isArticle === true && !off;
  const forced = reply?.page.signals.includes('forced') ?? false;
  const canAnnotate = model.web && !off && !article && state.status !== 'loading';

  return (
    <main class="kb-popup" data-status={state.status} aria-busy={model.busy}>
      <header class="kb-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="kb-link" data-testid="options" onClick={() => actions.onOptions?.()}>
          {t('popup_options')}
        </button>
      </header>

      {state.status === 'loading' && <p class="kb-muted">{t('popup_loading')}</p>}
      {state.status === 'unavailable' && (
        <p data-testid="state" class="kb-state">{model.web ? t('popup_unavailable') : t('popup_cannot_run')}</p>
      )}
      {reply && (
        <section class="kb-page" aria-labelledby="kb-page-state">
          <p id="kb-page-state" data-testid="state" data-article={String(reply.isArticle)} class="kb-state">
            {off ? t('popup_off_here') : !reply.isArticle ? t('popup_not_article') : forced ? t('popup_forced') : t('popup_article')}
          </p>
          {(reply.site || model.outlet) && (
            <p class="kb-outlet">
              {model.outlet && <span data-testid="outlet">{model.outlet}</span>}
              {reply.site && <span data-testid="site" class="kb-site">{reply.site}</span>}
            </p>
          )}
          {reply.title && <p data-testid="title" class="kb-title">{reply.title}</p>}
          {article && reply.script && (
            <p data-testid="script" class="kb-muted">
              {t('popup_written_in', t(SCRIPT_KEY[reply.script]))} · {t('popup_shown_as', t(TARGET_KEY[reply.converted]))}
            </p>
          )}
        </section>
      )}

      {article && reply && (
        <>
          <KindSwitches t={t} counts={reply.counts} kinds={reply.kinds} onKind={actions.onKind} />
          <ConvertButtons t={t} converted={reply.converted} repaired={reply.repaired} onConvert={actions.onConvert} />
          <button
            type="button"
            class="kb-wide"
            data-testid="sidebar"
            aria-pressed={reply.sidebarOpen}
            onClick={() => actions.onSidebar?.(!reply.sidebarOpen)}
          >
            {reply.sidebarOpen ? t('popup_sidebar_close') : t('popup_sidebar_open')}
          </button>
          {reply.annotated || reply.converted !== 'original' || reply.sidebarOpen ? (
            <button type="button" class="kb-wide" data-testid="clear" onClick={() => actions.onClear?.()}>
              {t('popup_clear')}
            </button>
          ) : (
            <button type="button" class="kb-wide" data-testid="reannotate" onClick={() => actions.onReannotate?.()}>
              {t('popup_reannotate')}
            </button>
          )}
        </>
      )}

      {canAnnotate && (
        <section class="kb-annotate">
          <p class="kb-muted">{t('popup_annotate_hint')}</p>
          <button type="button" class="kb-wide kb-primary" data-testid="annotate-page" onClick={() => actions.onAnnotatePage?.()}>
            {t('popup_annotate_page')}
          </button>
        </section>
      )}

      {model.error && <p role="alert" class="kb-error" data-testid="error">{model.error}</p>}

      {model.library && (
        <LibraryLine
          t={t}
          model={{ state: article ? model.library.state : null, siteOn: model.host && model.web ? model.library.siteOn : null }}
          disabled={model.busy}
          onOpen={actions.onOpenLibrary}
          onSite={actions.onRecordSite}
        />
      )}

      {model.host && model.site && model.web && (
        <SiteControls
          t={t}
          host={model.host}
          site={model.site}
          onEnabled={actions.onSiteEnabled}
          onRule={actions.onRule}
          onAlwaysOn={actions.onAlwaysOn}
        />
      )}

      {model.web && model.access && model.access.length > 0 && (
        <details class="kb-more" data-testid="more-sites">
          <summary>{t('popup_more_sites')}</summary>
          <AccessGroups t={t} groups={model.access} idPrefix="popup" busy={model.busy} onSwitch={(g, on) => actions.onGroup?.(g, on)} />
        </details>
      )}
    </main>
  );
}
