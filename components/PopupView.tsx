import type { ScriptTarget, StateReply } from '@/lib/messaging';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; reply: StateReply };

export interface PopupActions {
  onConvert?: (to: ScriptTarget) => void;
}

const CONVERT_BUTTONS: { to: ScriptTarget; label: string; title: string }[] = [
  { to: 'simplified', label: '简', title: 'Simplified Chinese' },
  { to: 'taiwan', label: '繁 台', title: 'Traditional Chinese (Taiwan)' },
  { to: 'hongkong', label: '繁 港', title: 'Traditional Chinese (Hong Kong)' },
  { to: 'original', label: '原文', title: 'The original script' },
];

/** Presentational: props in, callbacks out. */
export function PopupView({ state, onConvert }: { state: PopupState } & PopupActions) {
  return (
    <main class="kb-popup" data-status={state.status}>
      <h1>Kanbao 看报</h1>
      {state.status === 'loading' && <p>…</p>}
      {state.status === 'unavailable' && <p data-testid="state">Not a news page Kanbao reads.</p>}
      {state.status === 'ready' && (
        <section>
          <p data-testid="state" data-article={String(state.reply.isArticle)}>
            {state.reply.isArticle ? 'Article recognised' : 'Not an article'}
          </p>
          {state.reply.site && <p data-testid="site">{state.reply.site}</p>}
          {state.reply.title && <p data-testid="title">{state.reply.title}</p>}
          {state.reply.isArticle && (
            <div role="group" aria-label="Script" data-testid="convert">
              {CONVERT_BUTTONS.map((b) => (
                <button
                  type="button"
                  key={b.to}
                  title={b.title}
                  data-to={b.to}
                  aria-pressed={state.reply.converted === b.to}
                  onClick={() => onConvert?.(b.to)}
                >
                  {b.label}
                </button>
              ))}
              {state.reply.repaired > 0 && (
                <p data-testid="repaired">{state.reply.repaired} characters repaired</p>
              )}
            </div>
          )}
        </section>
      )}
    </main>
  );
}
