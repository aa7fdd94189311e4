// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { LibraryView } from '@/components/library/LibraryView';
import { safeHref } from '@/components/library/ArticleTable';
import { refusalText } from '@/components/library/DataView';
import type { LibraryPort, LibraryRoute } from '@/components/library/types';
import type { GlossaryCard } from '@/lib/core/glossary';
import { translatorFor, type Translate } from '@/lib/i18n';
import EN from '@/public/_locales/en/messages.json';
import ZH_CN from '@/public/_locales/zh_CN/messages.json';
import ZH_TW from '@/public/_locales/zh_TW/messages.json';
import { a11yFaults } from './a11y';
import { ARTICLES, fakeLibrary } from './fake-library';

const en = translatorFor(EN);

/** The page with its route kept in state, as the glue keeps it in the address. */
function Page({ port, start, t = en, download, onRoute, glossary }: {
  port: LibraryPort;
  start: LibraryRoute;
  t?: Translate;
  download?: (name: string, text: string, type: string) => void;
  onRoute?: (r: LibraryRoute) => void;
  glossary?: (name: string) => Promise<GlossaryCard | null>;
}) {
  const [route, setRoute] = useState(start);
  return <LibraryView t={t} port={port} route={route} download={download} glossary={glossary} onRoute={(r) => { onRoute?.(r); setRoute(r); }} />;
}

function open(start: LibraryRoute = { view: 'articles', key: '' }, lib = fakeLibrary(), extra: Partial<Parameters<typeof Page>[0]> = {}) {
  const view = render(<Page port={lib.port} start={start} {...extra} />);
  return { ...view, lib };
}

const rowTitles = () => [...screen.getByTestId('articles').querySelectorAll('[data-row-link]')].map((a) => a.textContent);

afterEach(cleanup);

describe('the articles view', () => {
  it('lists every article with its link, outlet, date and counts', async () => {
    open();
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    const link = screen.getByRole('link', { name: '平安湖南建设新进展' });
    expect(link.getAttribute('href')).toBe('https://hn.example.cn/n2/2023/0203/c1-1.html');
    const row = link.closest('tr')!;
    expect([...row.children].slice(1).map((c) => c.textContent)).toEqual(['people.com.cn', '2023-02-03', '1', '1', '1']);
    expect(screen.getByText('undated')).toBeTruthy();
    expect(screen.getByTestId('count').textContent).toBe('3 of 3 articles');
  });

  it('asks the library for one page when it opens, not for the whole library', async () => {
    const { lib } = open();
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 50));
    expect(lib.port.listArticles).toHaveBeenCalledTimes(1);
    expect(lib.port.listArticles).toHaveBeenCalledWith({ sort: 'published', limit: 100 });
  });

  it('says how the library fills up when it is empty', async () => {
    open({ view: 'articles', key: '' }, fakeLibrary([]));
    await waitFor(() => expect(screen.getByTestId('empty').textContent).toContain('every article Kanbao annotates'));
    expect(screen.queryByTestId('articles')).toBeNull();
    expect(screen.getByTestId('count').textContent).toBe('');
  });

  it('searches as the reader types, after a pause, and a Traditional query finds Simplified text', async () => {
    const { lib } = open();
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(box, { target: { value: '湖' } });
    fireEvent.input(box, { target: { value: '湖南公安服務' } });
    await waitFor(() => expect(rowTitles()).toEqual(['平安湖南建设新进展', '夜瀟湘點亮夜經濟']));
    // Debounced: the half-typed query was never sent.
    expect(lib.port.listArticles.mock.calls.map(([f]) => f?.query)).not.toContain('湖');
    expect(lib.port.listArticles).toHaveBeenLastCalledWith(expect.objectContaining({ query: '湖南公安服務' }));
    fireEvent.input(box, { target: { value: '没有这个词' } });
    await waitFor(() => expect(screen.getByText('No article matches.')).toBeTruthy());
  });

  it('filters by outlet, program kind and date range, and clears them', async () => {
    const { lib } = open();
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    // The outlets are read when the list is wanted, not when the page opens.
    expect(lib.port.listOutlets).not.toHaveBeenCalled();
    fireEvent.focus(screen.getByTestId('outlet'));
    await waitFor(() => expect(screen.getByTestId('outlet').querySelectorAll('option')).toHaveLength(3));
    expect(screen.getByTestId('outlet').textContent).toBe('All outletspeople.com.cn (2 articles)news.cn (1 articles)');
    fireEvent.change(screen.getByTestId('outlet'), { target: { value: 'news.cn' } });
    await waitFor(() => expect(rowTitles()).toEqual(['消费市场回暖']));
    fireEvent.change(screen.getByTestId('outlet'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('kind'), { target: { value: 'quoted_practice' } });
    fireEvent.change(screen.getByTestId('from'), { target: { value: '2023-03-01' } });
    await waitFor(() => expect(rowTitles()).toEqual(['夜瀟湘點亮夜經濟']));
    expect(lib.port.listArticles).toHaveBeenLastCalledWith({ programKind: 'quoted_practice', from: '2023-03-01', sort: 'published', limit: 100 });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
  });

  it('moves between rows with the arrow keys, Home and End, and "/" goes to the search box', async () => {
    open();
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    const links = [...screen.getByTestId('articles').querySelectorAll<HTMLElement>('[data-row-link]')];
    links[0]!.focus();
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(links[1]!, { key: 'End' });
    expect(document.activeElement).toBe(links[2]);
    fireEvent.keyDown(links[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[2]);
    fireEvent.keyDown(links[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(links[0]);
    fireEvent.keyDown(links[0]!, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('opens what an article names (programs, people, subjects of figures) in their own views', async () => {
    const onRoute = vi.fn();
    open({ view: 'articles', key: '' }, fakeLibrary(), { onRoute });
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    const row = screen.getByRole('link', { name: '平安湖南建设新进展' }).closest('tr')!;
    const more = row.querySelector('details')!;
    expect(more.querySelector('summary')!.textContent).toBe('In this article');
    const links = [...more.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['“湖南公安服务平台”', `#view=program&key=${encodeURIComponent('“湖南公安服务平台”')}`],
      ['王一鸥', `#view=person&key=${encodeURIComponent('王一鸥')}`],
      ['刑事警情', `#view=figures&key=${encodeURIComponent('刑事警情')}`],
    ]);
    fireEvent.click(links[1]!);
    expect(onRoute).toHaveBeenLastCalledWith({ view: 'person', key: '王一鸥' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Person: 王一鸥'));
  });

  it('shows more rows on request', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ ...ARTICLES[0]!, id: `x${i}`, title: `标题${i}` }));
    open({ view: 'articles', key: '' }, fakeLibrary(many));
    await waitFor(() => expect(rowTitles()).toHaveLength(100));
    expect(screen.getByTestId('count').textContent).toBe('100 of 130 articles');
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rowTitles()).toHaveLength(130));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('links only web addresses: a record from an imported file cannot carry a script URL', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref('http://hn.example.cn/a.html')).toBe('http://hn.example.cn/a.html');
  });

  it('shows an error, not a blank, when the library cannot be read', async () => {
    const lib = fakeLibrary();
    lib.port.listArticles.mockRejectedValue(new Error('database closed'));
    open({ view: 'articles', key: '' }, lib);
    await waitFor(() => expect(screen.getByText('The library could not be read: database closed')).toBeTruthy());
  });
});

describe('the program view', () => {
  it('shows its articles, a chart with a table alternative, and the sentences', async () => {
    open({ view: 'program', key: '“湖南公安服务平台”' });
    await waitFor(() => expect(screen.getByTestId('program-summary').textContent).toBe('4 mentions in 2 articles'));
    // Months Feb and Mar: two bars, the table says the same.
    const chart = screen.getByTestId('bar-chart');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    const table = screen.getByTestId('period-table');
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['2023-023', '2023-031']);
    expect(rowTitles()).toEqual(['平安湖南建设新进展', '夜瀟湘點亮夜經濟']);
    const sentences = within(screen.getByTestId('sentences')).getAllByRole('listitem').map((li) => li.querySelector('blockquote')!.textContent);
    expect(sentences).toEqual(['“湖南公安服务平台”全面上线。', '群众通过“湖南公安服务平台”办事。', '「湖南公安服務平台」再升級。']);
  });

  it('shows the glossary card of a formulation the glossary knows, and none otherwise', async () => {
    const card: GlossaryCard = { name: '湖南公安服务平台', items: [], gloss: { zh: '湖南公安的网上服务平台。', en: 'The Hunan police online service platform.' }, since: 2020, source: { title: '某通知', date: '2020-01' } };
    const glossary = vi.fn(async (name: string) => (name === '“湖南公安服务平台”' ? card : null));
    open({ view: 'program', key: '“湖南公安服务平台”' }, fakeLibrary(), { glossary });
    const shown = await waitFor(() => {
      const el = document.querySelector('[data-glossary]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(glossary).toHaveBeenCalledWith('“湖南公安服务平台”');
    expect(shown.textContent).toContain('The Hunan police online service platform.');
    expect(shown.textContent).toContain('2020');
    cleanup();
    open({ view: 'program', key: '“一企一警”' }, fakeLibrary(), { glossary });
    await waitFor(() => expect(glossary).toHaveBeenCalledWith('“一企一警”'));
    expect(document.querySelector('[data-glossary]')).toBeNull();
  });

  it('counts per week on request, with the empty weeks between as zero', async () => {
    open({ view: 'program', key: '“湖南公安服务平台”' });
    await waitFor(() => expect(screen.getByTestId('bar-chart')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Per week' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Per week' }).getAttribute('aria-pressed')).toBe('true'));
    const rows = [...screen.getByTestId('period-table').querySelectorAll('tbody tr')];
    // 2023-01-30 (the Monday of 3 Feb) to 2023-03-13 (the Monday of 15 Mar): seven weeks.
    expect(rows).toHaveLength(7);
    expect(rows[0]!.textContent).toBe('2023-01-303');
    expect(rows[6]!.textContent).toBe('2023-03-131');
    expect(rows.slice(1, 6).every((r) => r.textContent!.endsWith('0'))).toBe(true);
  });

  it('is picked from the list of programs, which updates the route', async () => {
    const onRoute = vi.fn();
    open({ view: 'program', key: '' }, fakeLibrary(), { onRoute });
    const select = await screen.findByLabelText('Choose a program');
    await waitFor(() => expect(select.querySelectorAll('option').length).toBe(3));
    fireEvent.change(select, { target: { value: '《政府工作报告》' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(onRoute).toHaveBeenCalledWith({ view: 'program', key: '《政府工作报告》' });
    // Undated only: no chart, and the note says why.
    await waitFor(() => expect(screen.getByText('1 mentions are in articles without a date and are not in the chart.')).toBeTruthy());
    expect(screen.queryByTestId('bar-chart')).toBeNull();
  });

  it('puts a hundred articles and fifty sentences in the page at first, then more on request', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ ...ARTICLES[0]!, id: `x${i}`, title: `标题${i}` }));
    open({ view: 'program', key: '“湖南公安服务平台”' }, fakeLibrary(many));
    await waitFor(() => expect(screen.getByTestId('program-summary').textContent).toBe('390 mentions in 130 articles'));
    expect(rowTitles()).toHaveLength(100);
    expect(screen.getByTestId('sentences').querySelectorAll('li')).toHaveLength(50);
    expect(screen.getByText('100 of 130 shown')).toBeTruthy();
    // Preact ignores an event older than its handler: let the last render settle before clicking.
    await new Promise((r) => setTimeout(r, 20));
    fireEvent.click(screen.getAllByRole('button', { name: 'Show more' })[0]!);
    await waitFor(() => expect(rowTitles()).toHaveLength(130));
    expect(screen.getByTestId('sentences').querySelectorAll('li')).toHaveLength(50);
  });

  it('reads the list of programs only when the picker is wanted, if a program was asked for', async () => {
    const { lib } = open({ view: 'program', key: '“湖南公安服务平台”' });
    await waitFor(() => expect(screen.getByTestId('program-summary')).toBeTruthy());
    expect(lib.port.listPrograms).not.toHaveBeenCalled();
    const select = screen.getByLabelText('Choose a program');
    fireEvent.focus(select);
    await waitFor(() => expect(select.querySelectorAll('option')).toHaveLength(3));
    expect(lib.port.listPrograms).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing mentions the program', async () => {
    open({ view: 'program', key: '“不存在”' });
    await waitFor(() => expect(screen.getByTestId('not-found').textContent).toBe('Nothing in the library for “不存在”.'));
  });
});

describe('the person view', () => {
  it('lists the titles by date with their articles, whichever script the name was written in', async () => {
    open({ view: 'person', key: '王一鸥' });
    await waitFor(() => expect(screen.getByTestId('titles')).toBeTruthy());
    const rows = [...screen.getByTestId('titles').querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['2023-02-03', '省公安厅厅长', '平安湖南建设新进展'],
      ['2023-03-15', '副省長', '夜瀟湘點亮夜經濟'],
      ['2023-03-15', '省公安廳廳長', '夜瀟湘點亮夜經濟'],
    ]);
    expect(rowTitles()).toEqual(['平安湖南建设新进展', '夜瀟湘點亮夜經濟']);
  });
});

describe('the figures view', () => {
  it('shows the values of one subject in a table and a line chart', async () => {
    open({ view: 'figures', key: '刑事警情' });
    await waitFor(() => expect(screen.getByTestId('figures')).toBeTruthy());
    const rows = [...screen.getByTestId('figures').querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['2023-02-03', '61.6%', '61.6', '%', '平安湖南建设新进展'],
      ['2023-03-15', '50.2%', '50.2', '%', '夜瀟湘點亮夜經濟'],
    ]);
    const chart = screen.getByTestId('line-chart');
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    expect(chart.querySelector('polyline')).toBeTruthy();
    expect(chart.querySelector('desc')!.textContent).toBe('2 values from 2023-02-03 to 2023-03-15.');
  });

  it('charts one unit only and says so when the figures mix units; ranges get a whisker', async () => {
    const mixed = [
      ...ARTICLES.slice(0, 2),
      { ...ARTICLES[2]!, published: '2023-05-01', figures: [{ text: '3至5起', value: [3, 5] as [number, number], unit: '%', kind: 'percent' as const, measures: '刑事警情', sentence: '…' }] },
      { ...ARTICLES[2]!, id: 'another', published: '2023-06-01', figures: [{ text: '120起', value: 120, unit: '起', kind: 'count' as const, measures: '刑事警情', sentence: '…' }] },
    ];
    open({ view: 'figures', key: '刑事警情' }, fakeLibrary(mixed));
    await waitFor(() => expect(screen.getByTestId('line-chart').querySelectorAll('circle')).toHaveLength(3));
    expect(screen.getByTestId('line-chart').querySelectorAll('.kb-whisker')).toHaveLength(1);
    expect(screen.getByText('The chart shows the figures in %, the unit most of them use; the table lists all.')).toBeTruthy();
    expect(screen.getByTestId('figures').querySelectorAll('tbody tr')).toHaveLength(4);
    expect(screen.getByText('3–5')).toBeTruthy();
  });
});

describe('your data', () => {
  it('exports everything as one JSON document and each table as CSV through a download', async () => {
    const download = vi.fn();
    open({ view: 'data', key: '' }, fakeLibrary(), { download });
    await waitFor(() => expect(screen.getByTestId('storage').textContent).toMatch(/for 3 articles/));
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, text, type] = download.mock.calls[0]!;
    expect(name).toMatch(/^kanbao-library-all-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: 'kanbao-library', schema: 1 });
    expect(doc.articles.map((a: { title: string }) => a.title)).toEqual(ARTICLES.map((a) => a.title));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe(`Downloaded ${name}`));
  });

  it('refuses a file that is not JSON, says why, and changes nothing', async () => {
    const { lib } = open({ view: 'data', key: '' });
    const input = await screen.findByTestId('import');
    fireEvent.change(input, { target: { files: [new File(['{not json'], 'broken.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('alert').textContent).toBe('This file was refused: it is not a JSON document. Nothing was changed.'));
    expect(lib.port.importAll).not.toHaveBeenCalled();
    expect(lib.rows()).toHaveLength(3);
  });

  it('words every reason for refusing a file in each language', () => {
    for (const messages of [EN, ZH_CN, ZH_TW]) {
      const tr = translatorFor(messages);
      const texts = (['not-json', 'not-library', 'schema', 'shape', 'too-large'] as const).map((c) => refusalText(tr, c, 'articles[0].url'));
      texts.push(refusalText(tr, 'too-large'));
      expect(new Set(texts).size).toBe(6);
      for (const x of texts) expect(x).not.toMatch(/library_/);
      expect(texts[3]).toContain('articles[0].url');
    }
    expect(refusalText(translatorFor(ZH_TW), 'shape', 'articles[0].url')).toBe('「articles[0].url」處的值不符合資料庫的格式。');
  });

  it('deletes everything only after the confirm step; Cancel keeps it all and gives the focus back', async () => {
    const { lib } = open({ view: 'data', key: '' });
    const all = await screen.findByTestId('delete-all');
    await waitFor(() => expect((all as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(all);
    const dialog = screen.getByTestId('confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain('Delete all 3 articles?');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-no'));
    fireEvent.click(screen.getByTestId('confirm-no'));
    expect(screen.queryByTestId('confirm')).toBeNull();
    expect(lib.port.deleteAll).not.toHaveBeenCalled();
    fireEvent.click(all);
    fireEvent.click(screen.getByTestId('confirm-yes'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Your data' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Deleted 3 article(s).'));
    expect(lib.rows()).toHaveLength(0);
    await waitFor(() => expect(screen.getByTestId('storage').textContent).toMatch(/for 0 articles/));
  });

  it('deletes one outlet, and one article found by its title', async () => {
    const { lib } = open({ view: 'data', key: '' });
    const select = await screen.findByLabelText('Every article of an outlet');
    fireEvent.focus(select);
    await waitFor(() => expect(select.querySelectorAll('option').length).toBe(3));
    fireEvent.change(select, { target: { value: 'news.cn' } });
    fireEvent.click(screen.getByTestId('delete-outlet'));
    expect(screen.getByTestId('confirm').textContent).toContain('Delete the 1 articles from news.cn?');
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => expect(lib.rows().map((a) => a.title)).toEqual(['平安湖南建设新进展', '夜瀟湘點亮夜經濟']));

    fireEvent.input(screen.getByLabelText('Article'), { target: { value: '夜潇湘' } });
    const del = await screen.findByRole('button', { name: 'Delete: 夜瀟湘點亮夜經濟' });
    fireEvent.click(del);
    fireEvent.keyDown(screen.getByTestId('confirm'), { key: 'Escape' });
    expect(screen.queryByTestId('confirm')).toBeNull();
    expect(document.activeElement).toBe(del);
    fireEvent.click(del);
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => expect(lib.rows().map((a) => a.title)).toEqual(['平安湖南建设新进展']));
    expect(lib.port.deleteArticle).toHaveBeenCalledWith(ARTICLES[1]!.id);
  });
});

describe('the whole page', () => {
  it('switches views from the navigation and marks the current one', async () => {
    const onRoute = vi.fn();
    open({ view: 'articles', key: '' }, fakeLibrary(), { onRoute });
    const nav = screen.getByRole('navigation', { name: 'Library views' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Articles', 'Program', 'Person', 'Figures over time', 'Your data']);
    expect(links[0]!.getAttribute('aria-current')).toBe('page');
    expect(links[3]!.getAttribute('href')).toBe('#view=figures');
    fireEvent.click(links[4]!);
    expect(onRoute).toHaveBeenLastCalledWith({ view: 'data', key: '' });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Your data' })).toBeTruthy());
    expect(within(nav).getByText('Your data').getAttribute('aria-current')).toBe('page');
  });

  it('writes a view and its key the way the locale joins them', async () => {
    render(<Page port={fakeLibrary().port} start={{ view: 'program', key: '“湖南公安服务平台”' }} t={translatorFor(ZH_CN)} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('提法：“湖南公安服务平台”'));
    expect(screen.getByTestId('bar-chart').querySelector('title')!.textContent).toBe('每月提及次数：“湖南公安服务平台”');
  });

  it('reads the library again when the reader comes back to the tab', async () => {
    const lib = fakeLibrary([ARTICLES[0]!]);
    open({ view: 'articles', key: '' }, lib);
    await waitFor(() => expect(rowTitles()).toEqual(['平安湖南建设新进展']));
    // Recorded meanwhile, from another tab.
    await lib.port.importAll({ articles: [ARTICLES[1]!] });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(rowTitles()).toEqual(['平安湖南建设新进展', '夜瀟湘點亮夜經濟']));
  });

  it('clears a message when the reader moves to another view', async () => {
    open({ view: 'data', key: '' }, fakeLibrary(), { download: vi.fn() });
    fireEvent.click(await screen.findByTestId('export-json'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/^Downloaded/));
    fireEvent.click(within(screen.getByRole('navigation')).getByText('Articles'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe(''));
  });

  const views: LibraryRoute[] = [
    { view: 'articles', key: '' },
    { view: 'program', key: '“湖南公安服务平台”' },
    { view: 'person', key: '王一鷗' },
    { view: 'figures', key: '刑事警情' },
    { view: 'data', key: '' },
  ];

  it.each(views)('has no accessibility fault in the $view view', async (route) => {
    const { container } = open(route);
    await waitFor(() => expect(container.querySelector('section h2')).toBeTruthy());
    await waitFor(() => expect(screen.queryByText('Reading the library…')).toBeNull());
    await new Promise((r) => setTimeout(r, 200));
    expect(a11yFaults(container)).toEqual([]);
  });

  it('catches the faults it looks for (the check can fail)', () => {
    const div = document.createElement('div');
    div.append(document.createElement('input'));
    const b = document.createElement('button');
    div.append(b);
    const t = document.createElement('table');
    div.append(t);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    div.append(svg);
    expect(a11yFaults(div)).toHaveLength(5);
  });

  it.each([['zh_CN', ZH_CN], ['zh_TW', ZH_TW], ['en', EN]] as const)('shows every string from the %s locale (no key left raw)', async (_name, messages) => {
    for (const route of views) {
      const { container, unmount } = render(<Page port={fakeLibrary().port} start={route} t={translatorFor(messages)} />);
      await waitFor(() => expect(container.querySelector('section h2')).toBeTruthy());
      await new Promise((r) => setTimeout(r, 200));
      const text = container.textContent + [...container.querySelectorAll('[aria-label], title, desc')].map((e) => e.getAttribute('aria-label') ?? e.textContent).join(' ');
      expect(text).not.toMatch(/\blibrary_[a-z_]+|\bprog_[a-z_]+/);
      unmount();
    }
  });
});
