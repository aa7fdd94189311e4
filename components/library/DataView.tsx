import { useEffect, useRef, useState } from 'preact/hooks';
import {
  articlesCsv, figuresCsv, IMPORT_LIMITS, peopleCsv, programsCsv, validateExport, type ImportErrorCode, type LibraryArticle,
} from '@/lib/core/library';
import { downloadText } from '@/lib/dom/download';
import type { MessageKey, Translate } from '@/lib/i18n';
import { downloadName, formatBytes } from './format';
import type { ViewProps } from './types';
import { useDebounced, useLoad, useOnDemand } from './use-load';

type CsvTable = 'articles' | 'figures' | 'programs' | 'people';

const CSV_TABLES: readonly { table: CsvTable; label: MessageKey; write: (articles: readonly LibraryArticle[]) => string }[] = [
  { table: 'articles', label: 'library_table_articles', write: articlesCsv },
  { table: 'figures', label: 'library_table_figures', write: figuresCsv },
  { table: 'programs', label: 'library_table_programs', write: programsCsv },
  { table: 'people', label: 'library_table_people', write: peopleCsv },
];

/** The page's own download: a file saved from the library page's body. */
const saveFile = (name: string, text: string, type: string) => downloadText(document.body, name, type, text);

type Pending =
  | { what: 'article'; id: string; title: string }
  | { what: 'outlet'; outlet: string; articles: number }
  | { what: 'all'; articles: number };

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Why a file was refused, in the reader's language; `where` names the value at fault. */
export function refusalText(t: Translate, code: ImportErrorCode, where?: string): string {
  switch (code) {
    case 'not-json':
      return t('library_import_not_json');
    case 'not-library':
      return t('library_import_not_library');
    case 'schema':
      return t('library_import_schema');
    case 'shape':
      return t('library_import_shape', where ?? '');
    case 'too-large':
      return where ? t('library_import_too_large_at', where) : t('library_import_too_large');
  }
}

/** Export, import, delete (each delete asks once more), and the storage used. */
export function DataView({ t, port, version, onStatus, onChanged, download = saveFile, now = () => new Date() }: ViewProps & {
  onChanged: () => void;
  download?: (name: string, text: string, type: string) => void;
  now?: () => Date;
}) {
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [find, setFind] = useState('');
  const [outlet, setOutlet] = useState('');
  const query = useDebounced(find.trim(), 150);
  const storage = useLoad(() => port.storageUsed(), [port, version]);
  const [outlets, wantOutlets] = useOnDemand(() => port.listOutlets(), [port, version], false);
  const matches = useLoad(() => (query ? port.listArticles({ query, limit: 10 }) : Promise.resolve(null)), [port, version, query]);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (pending) cancel.current?.focus();
  }, [pending]);

  /** Runs one library change, reports it, and tells the other views to read again. */
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      onStatus({ kind: 'ok', text: await work() });
    } catch (e) {
      onStatus({ kind: 'error', text: t('library_open_failed', describe(e)) });
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  const ask = (p: Pending, e: Event) => {
    opener.current = e.currentTarget as HTMLElement;
    setPending(p);
  };
  const close = () => {
    setPending(null);
    opener.current?.focus();
  };
  const confirm = () => {
    const p = pending;
    setPending(null);
    // The button that asked may be gone or disabled once its articles are: the focus goes to the view's heading.
    heading.current?.focus();
    if (!p) return;
    void run(async () => {
      let n: number;
      if (p.what === 'article') n = (await port.deleteArticle(p.id)) ? 1 : 0;
      else if (p.what === 'outlet') n = await port.deleteOutlet(p.outlet);
      else {
        await port.deleteAll();
        n = p.articles;
      }
      if (p.what === 'outlet') setOutlet('');
      return t('library_deleted', n);
    });
  };
  const question = pending?.what === 'article'
    ? t('library_confirm_article', pending.title)
    : pending?.what === 'outlet'
      ? t('library_confirm_outlet', pending.articles, pending.outlet)
      : pending
        ? t('library_confirm_all', pending.articles)
        : '';

  const exportJson = () => void run(async () => {
    const name = downloadName('all', 'json', now());
    download(name, JSON.stringify(await port.exportAll(now().getTime())), 'application/json');
    return t('library_exported', name);
  });
  const exportCsv = (table: CsvTable, write: (articles: readonly LibraryArticle[]) => string) => void run(async () => {
    const name = downloadName(table, 'csv', now());
    const { articles } = await port.exportAll(now().getTime());
    // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
    download(name, `\uFEFF${write(articles)}`, 'text/csv;charset=utf-8');
    return t('library_exported', name);
  });
  const importFile = (file: File) => {
    // UTF-8 takes at most three bytes a character: a file past this cannot be within the limit, and is not read.
    if (file.size > IMPORT_LIMITS.fileChars * 3) return onStatus({ kind: 'error', text: t('library_import_refused', refusalText(t, 'too-large')) });
    setBusy(true);
    file.text().then(
      async (text) => {
        const checked = validateExport(text);
        if ('error' in checked) {
          setBusy(false);
          return onStatus({ kind: 'error', text: t('library_import_refused', refusalText(t, checked.code, checked.where)) });
        }
        const r = await port.importAll(checked.ok);
        setBusy(false);
        onStatus({ kind: 'ok', text: t('library_imported', file.name, r.added, r.merged) });
        onChanged();
      },
      (e: unknown) => {
        setBusy(false);
        onStatus({ kind: 'error', text: t('library_import_failed', describe(e)) });
      },
    ).catch((e: unknown) => {
      setBusy(false);
      onStatus({ kind: 'error', text: t('library_import_failed', describe(e)) });
    });
  };

  const count = storage.state === 'ready' ? storage.value.articles : 0;
  const outletList = outlets.state === 'ready' ? outlets.value : [];
  const chosenOutlet = outletList.find((o) => o.name === outlet);

  return (
    <section aria-labelledby="data-h" aria-busy={busy}>
      <h2 id="data-h" ref={heading} tabIndex={-1}>{t('library_view_data')}</h2>

      <h3 id="storage-h">{t('library_storage')}</h3>
      <p aria-labelledby="storage-h" data-testid="storage">
        {t('library_storage_value', storage.state === 'ready' ? formatBytes(storage.value.bytes, document.documentElement.lang || undefined) : t('library_storage_unknown'), count)}
      </p>

      <h3>{t('library_export')}</h3>
      <p class="hint">{t('library_export_hint')}</p>
      <p class="inline">
        <button type="button" data-testid="export-json" disabled={busy} onClick={exportJson}>{t('library_export_json')}</button>
        {CSV_TABLES.map(({ table, label, write }) => (
          <button key={table} type="button" data-testid={`export-${table}`} disabled={busy} onClick={() => exportCsv(table, write)}>{t(label)}</button>
        ))}
      </p>

      <h3>{t('library_import')}</h3>
      <p class="hint" id="import-hint">{t('library_import_hint')}</p>
      <p class="inline">
        <label class="file-button">
          <span>{t('library_import_file')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            aria-describedby="import-hint"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) importFile(file);
              input.value = '';
            }}
          />
        </label>
      </p>

      <h3>{t('library_delete')}</h3>
      <p class="hint">{t('library_delete_hint')}</p>
      <div class="field">
        <label for="delete-find">{t('library_delete_article')}</label>
        <input id="delete-find" type="search" value={find} autocomplete="off" onInput={(e) => setFind(e.currentTarget.value)} />
      </div>
      {matches.state === 'ready' && matches.value && (
        <ul class="plain" data-testid="delete-matches">
          {matches.value.articles.length === 0 && <li class="hint">{t('library_no_match')}</li>}
          {matches.value.articles.map((a) => (
            <li key={a.id}>
              <span>{a.title || a.url}</span>
              <span class="host">{a.outlet}</span>
              <button type="button" disabled={busy} aria-label={`${t('library_delete')}: ${a.title || a.url}`} onClick={(e) => ask({ what: 'article', id: a.id, title: a.title || a.url }, e)}>
                {t('library_delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="delete-outlet">{t('library_delete_outlet')}</label>
        <select id="delete-outlet" value={outlet} aria-busy={outlets.state === 'loading'} onFocus={wantOutlets} onPointerDown={wantOutlets} onChange={(e) => setOutlet(e.currentTarget.value)}>
          <option value="">{t('library_pick_none')}</option>
          {outletList.map((o) => <option key={o.name} value={o.name}>{t('library_option_count', o.name, o.articles)}</option>)}
        </select>
        <button
          type="button"
          data-testid="delete-outlet"
          disabled={busy || !chosenOutlet}
          onClick={(e) => chosenOutlet && ask({ what: 'outlet', outlet: chosenOutlet.name, articles: chosenOutlet.articles }, e)}
        >
          {t('library_delete')}
        </button>
      </div>
      <p>
        <button type="button" class="danger" data-testid="delete-all" disabled={busy || count === 0} onClick={(e) => ask({ what: 'all', articles: count }, e)}>
          {t('library_delete_all')}
        </button>
      </p>
      {pending && (
        <div
          class="kb-confirm"
          role="alertdialog"
          aria-modal="false"
          aria-labelledby="confirm-q"
          data-testid="confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        >
          <p id="confirm-q">{question}</p>
          <p class="inline">
            <button type="button" class="danger" data-testid="confirm-yes" onClick={confirm}>{t('library_confirm_yes')}</button>
            <button type="button" ref={cancel} data-testid="confirm-no" onClick={close}>{t('library_cancel')}</button>
          </p>
        </div>
      )}
    </section>
  );
}
