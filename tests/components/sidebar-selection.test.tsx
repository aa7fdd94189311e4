// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { SidebarView, type SidebarViewProps } from '@/components/sidebar/SidebarView';
import { SELECTION_TEXT_MAX } from '@/components/sidebar/SelectionSection';
import { extractAll } from '@/lib/core/extract/extract';
import { buildSelectionModel, filterSelection, truncateText, type SidebarModel } from '@/lib/core/sidebar';
import { translatorFor } from '@/lib/i18n';
import EN from '@/public/_locales/en/messages.json';

// "Annotate selection": the sidebar's Selection section.
const TEXT = '2022年，全省刑事警情同比下降61.6%，推行“一件事一次办”，全年新增1.3万余家企业。';
const SELECTION = buildSelectionModel(TEXT, extractAll(TEXT, { published: '2023-02-03T10:44+08:00' }));

const ARTICLE: SidebarModel = {
  article: {
    title: '大湖之南', kicker: null, subtitle: null, published: '2023-02-03T10:44+08:00', source: null, authors: [], editors: [], printEdition: null, outlet: null,
  },
  figures: [{
    id: 'f1', start: 0, end: 5, text: '61.6%', value: '61.6%', sortValue: 61.6, kind: 'percent', subject: null, direction: null, comparison: null, measures: '',
  }],
  programs: [],
  analysis: null,
};

const t = translatorFor(EN);

function setup(over: Partial<SidebarViewProps> = {}) {
  const props: SidebarViewProps = {
    model: ARTICLE, selection: SELECTION, analysis: { state: 'loading' }, t, width: 400,
    onActivate: vi.fn(), onClose: vi.fn(), onResize: vi.fn(), onExport: vi.fn(), onClearSelection: vi.fn(), ...over,
  };
  const view = render(<SidebarView {...props} />);
  return { ...view, props };
}

const sections = () => [...document.querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section);
const section = (id: string) => document.querySelector<HTMLElement>(`[data-section="${id}"]`);
const group = (kind: string) => section('selection')!.querySelector<HTMLElement>(`.kb-selection-group[data-kind="${kind}"]`)!;
const items = (kind: string) =>
  [...group(kind).querySelectorAll('.kb-selection-item')].map((li) => [
    li.querySelector('.kb-selection-as-written')!.textContent,
    li.querySelector('.kb-selection-value')!.textContent,
  ]);

afterEach(cleanup);

describe('the selection model', () => {
  it('lists figures with their values, dates as ISO and programs by normalised name, in text order', () => {
    expect(SELECTION.text).toBe(TEXT);
    expect(SELECTION.figures.map((r) => [r.text, r.value])).toEqual([['61.6%', '61.6%'], ['1.3万余家', '>13,000 家']]);
    expect(SELECTION.dates.map((r) => [r.text, r.value])).toEqual([['2022年', '2022']]);
    expect(SELECTION.programs.map((r) => [r.text, r.value])).toEqual([['“一件事一次办”', '“一件事一次办”']]);
    expect(SELECTION.figures.map((r) => r.id)).toEqual(['sf1', 'sf2']);
  });
  it('filters rows by text or value, keeping the text', () => {
    const f = filterSelection(SELECTION, '13,000');
    expect(f.figures.map((r) => r.text)).toEqual(['1.3万余家']);
    expect(f.dates).toEqual([]);
    expect(f.text).toBe(TEXT);
    expect(filterSelection(SELECTION, ' ')).toBe(SELECTION);
  });
  it('truncates long text by code points with an ellipsis, whitespace collapsed', () => {
    expect(truncateText('a  b\n c', 10)).toBe('a b c');
    expect(truncateText('一二三四五六', 4)).toBe('一二三…');
    expect([...truncateText('𠀀'.repeat(10), 5)]).toHaveLength(5);
  });
});

describe('SidebarView: the Selection section', () => {
  it('comes first, above the article sections, with its count and the items grouped by kind', () => {
    setup();
    expect(sections()[0]).toBe('selection');
    expect(sections()).toContain('article');
    expect(sections()).toContain('figures');
    const s = section('selection')!;
    expect(s.querySelector('h2')!.textContent).toContain('Selection');
    expect(s.querySelector('.kb-section-head .kb-count')!.textContent).toBe('4');
    expect(s.querySelector('.kb-selection-text')!.textContent).toBe(TEXT);
    expect(items('figures')).toEqual([['61.6%', '61.6%'], ['1.3万余家', '>13,000 家']]);
    expect(items('dates')).toEqual([['2022年', '2022']]);
    expect(items('programs')).toEqual([['“一件事一次办”', '“一件事一次办”']]);
    expect(group('figures').querySelector('h3')!.textContent).toBe('Figures2');
    expect(group('dates').querySelector('.kb-count')!.textContent).toBe('1');
    // The header still counts the article.
    expect(document.querySelector('.kb-header-counts')!.getAttribute('data-figures')).toBe('1');
  });

  it('shortens a long selected text and says which kinds found nothing', () => {
    const long = '据统计，'.repeat(60);
    setup({ selection: buildSelectionModel(long, extractAll(long)) });
    const quote = section('selection')!.querySelector('.kb-selection-text')!;
    expect([...quote.textContent!]).toHaveLength(SELECTION_TEXT_MAX);
    expect(quote.textContent!.endsWith('…')).toBe(true);
    expect(quote.getAttribute('aria-label')).toBe('Selected text');
    expect(group('figures').querySelector('.kb-empty')!.textContent).toBe('None found');
    expect(section('selection')!.querySelector('.kb-section-head .kb-count')!.textContent).toBe('0');
  });

  it('marks an unresolved date', () => {
    setup({ selection: { text: '次日', figures: [], programs: [], dates: [{ id: 'sd1', start: 0, end: 2, text: '次日', value: null }] } });
    expect(items('dates')).toEqual([['次日', 'date not resolved']]);
  });

  it('a clear button calls onClearSelection', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the selection' }));
    expect(props.onClearSelection).toHaveBeenCalledTimes(1);
  });

  it('is absent without a selection', () => {
    setup({ selection: null });
    expect(section('selection')).toBeNull();
    expect(sections()[0]).toBe('article');
  });

  it('without an article shows the selection alone: no article sections, no export, the header counts the selection', () => {
    setup({ model: null });
    expect(sections()).toEqual(['selection']);
    expect(screen.queryByRole('button', { name: 'Copy Markdown' })).toBeNull();
    expect(document.querySelector('.kb-loading')).toBeNull();
    const header = document.querySelector('.kb-header-counts')!;
    expect(header.getAttribute('data-figures')).toBe('2');
    expect(header.getAttribute('data-programs')).toBe('1');
    expect(screen.getByRole('complementary')).toBeTruthy();
  });

  it('the filter narrows the selection items too', () => {
    setup({ model: null });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter everything' }), { target: { value: '61.6' } });
    expect(items('figures')).toEqual([['61.6%', '61.6%']]);
    expect(group('programs').querySelector('.kb-empty')!.textContent).toBe('Nothing matches the filter');
  });

  it('collapses like any section', () => {
    setup();
    const toggle = section('selection')!.querySelector<HTMLButtonElement>('.kb-toggle')!;
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(section('selection')!.querySelector<HTMLElement>('.kb-section-body')!.hidden).toBe(true);
  });
});
