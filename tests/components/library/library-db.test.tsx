// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { LibraryView } from '@/components/library/LibraryView';
import type { LibraryRoute } from '@/components/library/types';
import { translatorFor } from '@/lib/i18n';
import { openLibrary, type Library } from '@/lib/library';
import EN from '@/public/_locales/en/messages.json';
import { ARTICLES } from './fake-library';

/**
 * The page over the real library (Dexie on fake-indexeddb), with the constructed articles of
 * fake-library.ts recorded: what the views show is what the database answers.
 */
const en = translatorFor(EN);
let n = 0;
const opened: Library[] = [];

async function library(): Promise<Library> {
  const lib = await openLibrary(`library-page-${n++}`);
  opened.push(lib);
  for (const a of ARTICLES) await lib.recordArticle(structuredClone(a));
  return lib;
}

function Page({ lib, start, download }: { lib: Library; start: LibraryRoute; download?: (name: string, text: string, type: string) => void }) {
  const [route, setRoute] = useState(start);
  return <LibraryView t={en} port={lib} route={route} onRoute={setRoute} download={download} />;
}

const titles = () => [...screen.getByTestId('articles').querySelectorAll('[data-row-link]')].map((a) => a.textContent);

afterEach(() => {
  cleanup();
  for (const lib of opened.splice(0)) lib.close();
});

describe('the library page over IndexedDB', () => {
  it('lists the recorded articles and finds them by a search typed in the other script', async () => {
    const lib = await library();
    render(<Page lib={lib} start={{ view: 'articles', key: '' }} />);
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '夜潇湘' } });
    await waitFor(() => expect(titles()).toEqual(['夜瀟湘點亮夜經濟']));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '湖南公安服務平台' } });
    await waitFor(() => expect(titles().sort()).toEqual(['夜瀟湘點亮夜經濟', '平安湖南建设新进展'].sort()));
  });

  it('shows a program two articles mention, with its chart', async () => {
    const lib = await library();
    render(<Page lib={lib} start={{ view: 'program', key: '“湖南公安服务平台”' }} />);
    await waitFor(() => expect(screen.getByTestId('program-summary').textContent).toBe('4 mentions in 2 articles'));
    expect(screen.getByTestId('bar-chart').querySelectorAll('rect').length).toBe(2);
    expect(titles().sort()).toEqual(['夜瀟湘點亮夜經濟', '平安湖南建设新进展'].sort());
  });

  it('exports, deletes everything, imports the export back, and has the same library', async () => {
    const lib = await library();
    const before = (await lib.exportAll(0)).articles;
    const download = vi.fn();
    render(<Page lib={lib} start={{ view: 'data', key: '' }} download={download} />);
    await waitFor(() => expect(screen.getByTestId('storage').textContent).toMatch(/for 3 articles/));

    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const exported = download.mock.calls[0]![1] as string;

    fireEvent.click(screen.getByTestId('delete-all'));
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => expect(screen.getByTestId('storage').textContent).toMatch(/for 0 articles/));
    expect((await lib.listArticles({})).total).toBe(0);

    const file = new File([exported], 'kanbao-library.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Imported kanbao-library.json: 3 new articles; 0 already here were merged.'));
    await waitFor(() => expect(screen.getByTestId('storage').textContent).toMatch(/for 3 articles/));
    const byId = (list: typeof before) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId((await lib.exportAll(0)).articles)).toEqual(byId(before));

    // Importing the same file again merges: nothing new, nothing doubled.
    fireEvent.change(screen.getByTestId('import'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Imported kanbao-library.json: 0 new articles; 3 already here were merged.'));
    expect((await lib.listArticles({})).total).toBe(3);
  });

  it('refuses a document of the wrong kind with the reason, and changes nothing', async () => {
    const lib = await library();
    render(<Page lib={lib} start={{ view: 'data', key: '' }} />);
    const bad = new File([JSON.stringify({ format: 'something-else', articles: [] })], 'other.json', { type: 'application/json' });
    fireEvent.change(await screen.findByTestId('import'), { target: { files: [bad] } });
    await waitFor(() => expect(screen.getByTestId('alert').textContent).toBe('This file was refused: it is not a Kanbao library export. Nothing was changed.'));
    expect((await lib.listArticles({})).total).toBe(3);
  });

  it('names the value at fault in a damaged export, and imports none of it', async () => {
    const lib = await library();
    const doc = await lib.exportAll(0);
    const damaged = { ...doc, articles: [...doc.articles.slice(0, 2).map((a) => ({ ...a, id: `${a.id}-new`, url: `${a.url}?copy` })), { ...doc.articles[2], title: 5 }] };
    render(<Page lib={lib} start={{ view: 'data', key: '' }} />);
    const file = new File([JSON.stringify(damaged)], 'damaged.json', { type: 'application/json' });
    fireEvent.change(await screen.findByTestId('import'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('alert').textContent).toBe('This file was refused: the value at “articles[2].title” is not what a library holds. Nothing was changed.'));
    expect((await lib.listArticles({})).total).toBe(3);
  });

  it('writes each CSV table from the library', async () => {
    const lib = await library();
    const download = vi.fn();
    render(<Page lib={lib} start={{ view: 'data', key: '' }} download={download} />);
    for (const table of ['articles', 'figures', 'programs', 'people']) {
      fireEvent.click(await screen.findByTestId(`export-${table}`));
      await waitFor(() => expect(download.mock.calls.some(([name]) => String(name).includes(`-${table}-`))).toBe(true));
    }
    const figures = download.mock.calls.find(([name]) => String(name).includes('-figures-'))!;
    expect(figures[2]).toBe('text/csv;charset=utf-8');
    expect(figures[1]).toContain('刑事警情');
    expect(figures[1]).toContain('社会消费品零售总额');
  });
});
