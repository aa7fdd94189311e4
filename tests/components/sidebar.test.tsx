// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { SidebarView, type AnalysisStatus, type SidebarViewProps } from '@/components/sidebar/SidebarView';
import { sortRows } from '@/components/sidebar/FiguresTable';
import type { FigureRow, SidebarModel } from '@/lib/core/sidebar/model';
import { translatorFor } from '@/lib/i18n';
import EN from '@/public/_locales/en/messages.json';
import ZH_TW from '@/public/_locales/zh_TW/messages.json';

const fig = (id: string, start: number, text: string, value: string, sortValue: number, kind: FigureRow['kind'], subject: string | null = null): FigureRow => ({
  id, start, end: start + text.length, text, value, sortValue, kind, subject, direction: null, comparison: null, measures: subject ?? '',
});

const MODEL: SidebarModel = {
  article: {
    title: '大湖之南|守護萬家燈火,溫暖一方百姓', kicker: null, subtitle: '副題', published: '2023-02-03T10:44+08:00',
    source: '人民日報客戶端', authors: ['王雲娜', '孫超'], editors: ['李淑靜'], printEdition: null, outlet: "人民网 People's Daily",
  },
  figures: [
    { ...fig('f1', 156, '61.6%', '61.6%', 61.6, 'percent', '刑事警情'), direction: 'down', comparison: '同比', measures: '刑事警情 · ↓ · 同比' },
    fig('f2', 400, '450余名', '>450 名', 450, 'approx_count', '民警'),
    fig('f3', 900, '1.3萬余家', '>13,000 家', 13000, 'magnitude', '企業'),
    fig('f4', 950, '三級', '3 级', 3, 'cn_numeral'),
  ],
  programs: [
    {
      kind: 'quoted_practice', mentions: 5, groups: [
        { name: '“湖南公安服务平台”', text: '“湖南公安服務平台”', kind: 'quoted_practice', ids: ['p2', 'p4', 'p5', 'p6'], starts: [500, 700, 800, 850], count: 4, start: 500 },
        { name: '“夜潇湘”', text: '“夜瀟湘”', kind: 'quoted_practice', ids: ['p3'], starts: [600], count: 1, start: 600 },
      ],
    },
    {
      kind: 'document', mentions: 1, groups: [
        { name: '《夜市商户经营手册》', text: '《夜市商戶經營手冊》', kind: 'document', ids: ['p1'], starts: [300], count: 1, start: 300 },
      ],
    },
  ],
  analysis: {
    people: [{ id: 'person-1', start: 10, end: 13, name: '王一鷗', titles: ['湖南省副省長、省公安廳廳長'], count: 2 }],
    organisations: [{ id: 'org-1', start: 20, end: 24, name: '湖南省公安廳', forms: ['省公安廳', '省廳'], count: 5 }],
    places: [{ id: 'place-1', start: 0, end: 2, name: '湖南', forms: [], count: 9 }],
    keywords: [
      { id: 'kw-1', start: 30, end: 32, word: '公安', score: 1, count: 12 },
      { id: 'kw-2', start: 40, end: 42, word: '服務', score: 0.8, count: 7 },
    ],
    summary: [
      { id: 'sum-1', start: 100, end: 120, text: '第一句。' },
      { id: 'sum-2', start: 200, end: 220, text: '第二句。' },
      { id: 'sum-3', start: 300, end: 320, text: '第三句。' },
    ],
  },
};

const t = translatorFor(EN);

function setup(over: Partial<SidebarViewProps> = {}) {
  const props: SidebarViewProps = {
    model: MODEL, analysis: { state: 'ready' }, t, width: 400,
    onActivate: vi.fn(), onClose: vi.fn(), onResize: vi.fn(), onExport: vi.fn(), ...over,
  };
  const view = render(<SidebarView {...props} />);
  return { ...view, props };
}

const section = (id: string) => document.querySelector<HTMLElement>(`[data-section="${id}"]`)!;
const count = (id: string) => section(id).querySelector('.kb-count')?.textContent ?? null;
const figureTexts = () => [...section('figures').querySelectorAll('tbody tr')].map((tr) => tr.querySelector('button')!.textContent);

afterEach(cleanup);

describe('SidebarView', () => {
  it('is a complementary landmark with a header, counts and a close button', () => {
    const { props } = setup();
    const aside = screen.getByRole('complementary', { name: 'Kanbao article summary' });
    expect(aside).toBeTruthy();
    expect(screen.getByText('4 figures · 6 programs')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close the sidebar' }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('renders each section with its count', () => {
    setup();
    expect(count('figures')).toBe('4');
    expect(count('programs')).toBe('6');
    expect(count('people')).toBe('1');
    expect(count('organisations')).toBe('1');
    expect(count('places')).toBe('1');
    expect(count('keywords')).toBe('2');
    expect(count('summary')).toBe('3');
    expect(section('article').textContent).toContain(MODEL.article.title);
    expect(section('article').textContent).toContain('王雲娜、孫超');
    expect(section('people').textContent).toContain('王一鷗 — 湖南省副省長、省公安廳廳長');
    // An organisation shows the shorter names the article also uses for it, and is reached under all of them.
    expect(section('organisations').textContent).toContain('湖南省公安廳（省公安廳、省廳）5');
    expect(within(section('organisations')).getByRole('button', { name: 'Go to 湖南省公安廳（省公安廳、省廳） in the article' })).toBeTruthy();
    expect(section('places').textContent).not.toContain('（');
    expect(within(section('programs')).getByText('“湖南公安服務平台”').closest('button')!.textContent).toContain('4 mentions');
    expect(section('summary').querySelectorAll('li')).toHaveLength(3);
  });

  it('a click or Enter on a figure calls onActivate with its id, once', () => {
    const { props } = setup();
    const button = screen.getByRole('button', { name: 'Go to 61.6% in the article' });
    fireEvent.click(button);
    expect(props.onActivate).toHaveBeenLastCalledWith('f1');
    const enter = fireEvent.keyDown(screen.getByRole('button', { name: 'Go to 450余名 in the article' }), { key: 'Enter' });
    expect(enter).toBe(false); // default prevented: the browser's own Enter-click does not fire too
    expect(props.onActivate).toHaveBeenLastCalledWith('f2');
    expect(props.onActivate).toHaveBeenCalledTimes(2);
  });

  it('sorts the figures table from its column headers, with aria-sort', () => {
    setup();
    expect(figureTexts()).toEqual(['61.6%', '450余名', '1.3萬余家', '三級']);
    const header = screen.getByRole('columnheader', { name: /Value/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(figureTexts()).toEqual(['三級', '61.6%', '450余名', '1.3萬余家']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(figureTexts()).toEqual(['1.3萬余家', '450余名', '61.6%', '三級']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('none');
    expect(figureTexts()).toEqual(['61.6%', '450余名', '1.3萬余家', '三級']);
  });

  it('sortRows puts figures that measure nothing last', () => {
    const rows = sortRows(MODEL.figures, { key: 'measures', dir: 'ascending' }, t);
    expect(rows[rows.length - 1]!.id).toBe('f4');
  });

  it('filters the figures table by kind', () => {
    setup();
    const select = screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'All kinds (4)', 'percent (1)', 'approximate count (1)', 'magnitude (1)', 'Chinese numeral (1)',
    ]);
    fireEvent.change(select, { target: { value: 'magnitude' } });
    expect(figureTexts()).toEqual(['1.3萬余家']);
    fireEvent.change(select, { target: { value: '' } });
    expect(figureTexts()).toHaveLength(4);
  });

  it('the filter box narrows every section and its count, across scripts', () => {
    setup();
    const box = screen.getByRole('searchbox', { name: 'Filter everything' });
    fireEvent.input(box, { target: { value: '服务' } });
    expect(count('programs')).toBe('4');
    expect(count('keywords')).toBe('1');
    expect(count('figures')).toBe('0');
    expect(section('figures').textContent).toContain('Nothing matches the filter');
    // Escape in the box clears it before it would close the sidebar.
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(count('figures')).toBe('4');
  });

  it('shows a loading state for jieba sections while the other sections render', () => {
    setup({ model: { ...MODEL, analysis: null }, analysis: { state: 'loading' } });
    expect(count('figures')).toBe('4');
    for (const id of ['keywords', 'people', 'summary', 'places', 'organisations']) {
      expect(count(id)).toBeNull();
      expect(within(section(id)).getByRole('status').textContent).toBe('Analysing with jieba…');
    }
  });

  it('shows the error when jieba fails', () => {
    const analysis: AnalysisStatus = { state: 'error', message: 'jieba could not start' };
    setup({ model: { ...MODEL, analysis: null }, analysis });
    expect(within(section('keywords')).getByRole('alert').textContent).toContain('jieba could not start');
  });

  it('activates people, keywords and summary sentences by id', () => {
    const { props } = setup();
    fireEvent.click(within(section('keywords')).getByRole('button', { name: 'Go to 公安 in the article' }));
    expect(props.onActivate).toHaveBeenLastCalledWith('kw-1');
    fireEvent.click(within(section('summary')).getByRole('button', { name: 'Go to 第二句。 in the article' }));
    expect(props.onActivate).toHaveBeenLastCalledWith('sum-2');
    fireEvent.click(within(section('people')).getByRole('button', { name: 'Go to 王一鷗 — 湖南省副省長、省公安廳廳長 in the article' }));
    expect(props.onActivate).toHaveBeenLastCalledWith('person-1');
  });

  it('a program name goes to each of its mentions in turn', () => {
    const { props, rerender } = setup();
    const button = within(section('programs')).getByRole('button', { name: /湖南公安服務平台/ });
    fireEvent.click(button);
    expect(props.onActivate).toHaveBeenLastCalledWith('p2');
    rerender(<SidebarView {...props} activeId="p2" />);
    fireEvent.click(button);
    expect(props.onActivate).toHaveBeenLastCalledWith('p4');
  });

  it('next / previous within a kind, by buttons and by keys', () => {
    const { props } = setup();
    const figures = section('figures');
    fireEvent.click(within(figures).getByRole('button', { name: 'Next in Key figures' }));
    expect(props.onActivate).toHaveBeenLastCalledWith('f1');
    fireEvent.click(within(figures).getByRole('button', { name: 'Next in Key figures' }));
    expect(props.onActivate).toHaveBeenLastCalledWith('f2');
    fireEvent.click(within(figures).getByRole('button', { name: 'Previous in Key figures' }));
    expect(props.onActivate).toHaveBeenLastCalledWith('f1');
    // Programs step in page order across groups: p1 (a document) comes first.
    fireEvent.click(within(section('programs')).getByRole('button', { name: 'Next in Programs' }));
    expect(props.onActivate).toHaveBeenLastCalledWith('p1');
    fireEvent.keyDown(within(section('programs')).getByRole('button', { name: /夜瀟湘/ }), { key: 'n' });
    expect(props.onActivate).toHaveBeenLastCalledWith('p2');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Go to 三級 in the article' }), { key: 'p' });
    expect(props.onActivate).toHaveBeenLastCalledWith('f4'); // from f1, previous wraps to the last
  });

  it('arrow keys move focus between the items of a section', () => {
    setup();
    const first = screen.getByRole('button', { name: 'Go to 公安 in the article' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go to 服務 in the article' }));
  });

  it('Escape outside the filter closes the sidebar', () => {
    const { props } = setup();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Go to 61.6% in the article' }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalled();
  });

  it('sections collapse with aria-expanded', () => {
    setup();
    const toggle = within(section('figures')).getByRole('button', { name: /Key figures/, expanded: true });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)!.hidden).toBe(true);
  });

  it('the resize handle is a separator that answers arrows', () => {
    const { props } = setup();
    const handle = screen.getByRole('separator', { name: 'Resize the sidebar' });
    expect(handle.getAttribute('aria-valuenow')).toBe('400');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(props.onResize).toHaveBeenLastCalledWith(416);
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(props.onResize).toHaveBeenLastCalledWith(384);
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(props.onResize).toHaveBeenLastCalledWith(280);
  });

  it('export buttons call onExport with the format', () => {
    const { props } = setup({ status: 'Markdown copied to the clipboard' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect((props.onExport as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0])).toEqual(['markdown', 'csv', 'json']);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Markdown copied to the clipboard')).toBe(true);
  });

  it('speaks Traditional Chinese', () => {
    setup({ t: translatorFor(ZH_TW) });
    expect(screen.getByRole('complementary', { name: '看報文章摘要' })).toBeTruthy();
    expect(section('figures').textContent).toContain('關鍵數字');
    expect(screen.getByRole('button', { name: '複製 Markdown' })).toBeTruthy();
  });
});
