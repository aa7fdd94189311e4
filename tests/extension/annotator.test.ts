// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { convertTexts } from '@/entrypoints/background/convert';
import { COLOUR_STYLE_ID, applyColours, colourCss, followColours } from '@/entrypoints/news.content/colours';
import { annotateSelection, latestSelection, onSelectionResult } from '@/entrypoints/news.content/selection';
import { defaultSettings, type Settings } from '@/lib/core/settings';
import { PageController } from '@/lib/dom/page-controller';
import { saveSettings } from '@/lib/settings';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('data-kanbao');
  document.documentElement.removeAttribute('data-kanbao-site');
  document.body.replaceChildren();
  document.getElementById(COLOUR_STYLE_ID)?.remove();
});

describe('annotate selection (the annotator\'s side)', () => {
  it('lists the figures, dates and programs of the text and hands them to the view', () => {
    const seen: string[] = [];
    const stop = onSelectionResult((r) => seen.push(r.text));
    const text = '2022年全省刑事警情同比下降61.6%，推行“一件事一次办”。';
    const reply = annotateSelection(text, '2023-02-03T10:44+08:00');
    expect(reply.shown).toBe(true);
    expect(reply.counts.figure).toBeGreaterThanOrEqual(1);
    expect(reply.items.find((i) => i.kind === 'figure')?.text).toBe('61.6%');
    expect(reply.items.some((i) => i.kind === 'date' && i.text === '2022年')).toBe(true);
    expect(reply.items.some((i) => i.kind === 'program' && i.text.includes('一件事一次办'))).toBe(true);
    for (const i of reply.items) expect(text.slice(i.start, i.end)).toBe(i.text);
    expect(seen).toEqual([text]);
    expect(latestSelection()?.text).toBe(text);
    stop();
    expect(annotateSelection('没有数字').shown).toBe(false);
  });
  it('gives a view that subscribes later the latest result at once', () => {
    annotateSelection('增长3.5个百分点');
    const seen: string[] = [];
    onSelectionResult((r) => seen.push(r.text))();
    expect(seen).toEqual(['增长3.5个百分点']);
  });
});

describe('a page the reader asked to annotate', () => {
  it('is read as an article even when the detector says no', () => {
    const p = document.createElement('p');
    p.textContent = '今年以来，全市新增就业岗位1.3万余个，同比增长12%。'.repeat(4);
    document.body.append(p);
    const plain = new PageController(document, 'https://example.org/page.html');
    expect(plain.page.isArticle).toBe(false);
    expect(plain.read).toBeNull();
    const forced = new PageController(document, 'https://example.org/page.html', { force: true });
    expect(forced.page.isArticle).toBe(true);
    expect(forced.page.signals.at(-1)).toBe('forced');
    expect(forced.read?.article.text).toContain('1.3万余个');
    expect(document.documentElement.getAttribute('data-kanbao')).toBe('article');
  });
});

describe('highlight colours', () => {
  it('writes a rule only for kinds with an own colour, one element more specific than the page style', () => {
    expect(colourCss({ figure: null, date: null, program: null })).toBe('');
    expect(colourCss({ figure: '#ff0000', date: null, program: 'bad' })).toBe(
      'html kanbao-mark[data-kanbao-id][data-kind="figure"] { --kanbao-bg: rgba(255, 0, 0, 0.22); --kanbao-line: #ff0000; }\n',
    );
  });
  it('adds, replaces and removes its style element', () => {
    applyColours(document, { figure: '#ff0000', date: null, program: null });
    expect(document.getElementById(COLOUR_STYLE_ID)?.textContent).toContain('#ff0000');
    applyColours(document, { figure: null, date: '#00ff00', program: null });
    expect(document.querySelectorAll(`#${COLOUR_STYLE_ID}`)).toHaveLength(1);
    expect(document.getElementById(COLOUR_STYLE_ID)?.textContent).toContain('#00ff00');
    applyColours(document, { figure: null, date: null, program: null });
    expect(document.getElementById(COLOUR_STYLE_ID)).toBeNull();
  });
});

describe('highlight colours that follow the settings', () => {
  it('applies the colours at once and again after each change, until stopped', () => {
    let listener: ((s: Settings) => void) | null = null;
    let current = defaultSettings();
    const live = {
      get current() {
        return current;
      },
      subscribe: (l: (s: Settings) => void) => ((listener = l), () => (listener = null)),
      close: () => {},
    };
    current = { ...current, highlights: { ...current.highlights, colours: { figure: '#ff0000', date: null, program: null } } };
    const stop = followColours(document, live);
    expect(document.getElementById(COLOUR_STYLE_ID)?.textContent).toContain('#ff0000');
    current = { ...current, highlights: { ...current.highlights, colours: { figure: null, date: '#00ff00', program: null } } };
    listener!(current);
    expect(document.getElementById(COLOUR_STYLE_ID)?.textContent).toContain('#00ff00');
    expect(document.getElementById(COLOUR_STYLE_ID)?.textContent).not.toContain('#ff0000');
    stop();
    expect(listener).toBeNull();
    applyColours(document, { figure: null, date: null, program: null });
  });
});

describe('conversion overrides (background)', () => {
  it('apply the reader\'s phrases after OpenCC, and follow a settings change', async () => {
    const plain = await convertTexts({ type: 'kanbao/convert-text', texts: ['台湾的软件'], to: 'taiwan', quotes: null });
    expect(plain).toMatchObject({ texts: ['臺灣的軟件'] });
    await saveSettings({ ...defaultSettings(), overrides: [{ from: '臺灣', to: '台灣' }, { from: '軟件', to: '軟體' }] });
    const over = await convertTexts({ type: 'kanbao/convert-text', texts: ['台湾的软件'], to: 'taiwan', quotes: null });
    expect(over).toMatchObject({ texts: ['台灣的軟體'] });
  });

  it('converts a batch asked ahead only on converters already built', async () => {
    // The Taiwan converter was built above; Hong Kong's never was in this file.
    const ahead = { type: 'kanbao/convert-text' as const, texts: ['台湾的软件'], quotes: null, ahead: true };
    expect(await convertTexts({ ...ahead, to: 'hongkong' })).toEqual({ cold: true });
    expect(await convertTexts({ ...ahead, to: 'taiwan' })).toMatchObject({ texts: ['台灣的軟體'] });
    // Asked by the reader, the same batch builds what it needs.
    expect(await convertTexts({ ...ahead, ahead: false, to: 'hongkong' })).toMatchObject({ texts: [expect.stringContaining('灣')] });
    expect(await convertTexts({ ...ahead, to: 'hongkong' })).not.toEqual({ cold: true });
  });
});
