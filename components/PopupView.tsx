import type { StateReply } from '@/lib/messaging';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; reply: StateReply };

/** Presentational: props in, nothing out. */
export function PopupView({ state }: { state: PopupState }) {
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
        </section>
      )}
    </main>
  );
}
