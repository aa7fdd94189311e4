// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ProgramsList } from '@/components/sidebar/ProgramsList';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import type { SidebarServices } from '@/components/sidebar/services';
import { buildAnnotations, extractAll } from '@/lib/core/extract';
import type { GlossaryCard } from '@/lib/core/glossary';
import { buildDocument, buildSidebarModel, convertModel, type ProgramKindGroup } from '@/lib/core/sidebar';
import type { Article, PageInfo } from '@/lib/core/types';
import { translatorFor } from '@/lib/i18n';
import EN from '@/public/_locales/en/messages.json';
import ZH_TW from '@/public/_locales/zh_TW/messages.json';

// Constructed article and card: a formulation the card explains and one it does not.
const TEXT = '增强“四个意识”，坚定“四个自信”，做好“六稳”工作，落实“四个意识”。';
const ARTICLE: Article = {
  title: '标题', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [], printEdition: null,
  script: 'simplified', text: TEXT, paragraphs: [{ start: 0, end: TEXT.length, caption: false }],
};
const INFO: PageInfo = { isArticle: true, site: 'news.cn', peoplesDaily: false, template: 'test', confidence: 1, signals: [] };
const CARD: GlossaryCard = {
  name: '四个意识', items: [['政治意识', '大局意识', '核心意识', '看齐意识']],
  gloss: { zh: '党员应有的四种意识。', en: 'Four kinds of awareness asked of Party members.' }, since: 2016,
  source: { title: '中央政治局会议', date: '2016-01-29' },
};

function extractionWithCards() {
  const x = extractAll(TEXT);
  const programs = x.programs.map((p) => (p.name === '“四个意识”' ? { ...p, glossary: CARD } : p));
  return { extraction: { ...x, programs }, items: buildAnnotations(TEXT, x) };
}

afterEach(() => cleanup());

describe('the sidebar model and the JSON export carry the glossary', () => {
  it('a program group takes the card its mentions carry; others have none', () => {
    const { extraction, items } = extractionWithCards();
    const m = buildSidebarModel({ article: ARTICLE, extraction, items });
    const groups = m.programs.flatMap((k) => k.groups);
    const four = groups.find((g) => g.name === '“四个意识”')!;
    expect(four.count).toBe(2);
    expect(four.card).toEqual(CARD);
    expect(groups.filter((g) => g.card).map((g) => g.name)).toEqual(['“四个意识”']);
  });

  it('a conversion of the model keeps the card (the background already gave it in the page\'s script)', async () => {
    const { extraction, items } = extractionWithCards();
    const m = await convertModel(buildSidebarModel({ article: ARTICLE, extraction, items }), async (texts) => texts.map((s) => s.replace(/个/g, '個')));
    const four = m.programs.flatMap((k) => k.groups).find((g) => g.name === '“四个意识”')!;
    expect(four.text).toBe('“四個意识”');
    expect(four.card).toEqual(CARD);
  });

  it('buildDocument puts `glossary` on the program spans, as the command line does', () => {
    const { extraction } = extractionWithCards();
    const doc = JSON.parse(JSON.stringify(buildDocument({ input: 'x', url: null, page: INFO, article: ARTICLE, extraction, analysis: null })));
    const four = doc.programs.filter((p: { name: string }) => p.name === '“四个意识”');
    expect(four).toHaveLength(2);
    for (const p of four) expect(p.glossary).toEqual(CARD);
    expect(doc.programs.find((p: { name: string }) => p.name === '“六稳”')).not.toHaveProperty('glossary');
  });
});

describe('ProgramsList: a program with a card discloses it', () => {
  function setup(t = translatorFor(EN)) {
    const { extraction, items } = extractionWithCards();
    const kinds: ProgramKindGroup[] = buildSidebarModel({ article: ARTICLE, extraction, items }).programs;
    const onActivate = vi.fn();
    const r = render(<ProgramsList kinds={kinds} t={t} activeId={null} onActivate={onActivate} />);
    return { ...r, onActivate };
  }

  it('a disclosure button, collapsed at first, expands to the card and collapses again', () => {
    const { container, onActivate } = setup();
    const buttons = screen.getAllByRole('button', { name: /^What it means — / });
    expect(buttons).toHaveLength(1); // only the formulation with a card
    const button = buttons[0]!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    // Named by what it shows, then the name it explains (WCAG 2.5.3: the name holds the visible text).
    expect(button.getAttribute('aria-label')).toBeNull();
    expect(button.querySelector('.kb-vh')!.textContent).toBe(' — “四个意识”');
    expect(button.textContent).toBe('What it means — “四个意识”');
    expect(button.getAttribute('title')).toBe('What “四个意识” means');
    // The card's Chinese says its script; its source line the interface's language.
    fireEvent.click(button);
    expect(container.querySelector('.kb-card')!.getAttribute('lang')).toBe('zh-Hans');
    expect(container.querySelector('.kb-card-since')!.getAttribute('lang')).toBe('en');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.kb-card')).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const card = container.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
    expect(card).not.toBeNull();
    expect(card.getAttribute('data-glossary')).toBe('四个意识');
    expect(within(card).getByText(CARD.gloss.en)).toBeTruthy();
    expect([...card.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(CARD.items[0]);
    expect(card.querySelector('.kb-card-since')!.textContent).toBe('Since 2016 · first stated in 中央政治局会议 (2016-01-29)');
    // Opening the card is not going to the mention.
    expect(onActivate).not.toHaveBeenCalled();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.kb-card')).toBeNull();
  });

  it('is reached by Tab after its program (a native button, in order), and its program still goes to the mention', () => {
    const { container, onActivate } = setup();
    const li = container.querySelector<HTMLElement>('li[data-name="“四个意识”"]')!;
    const [item, disclosure] = [...li.querySelectorAll('button')];
    expect(item!.getAttribute('data-item')).toBe('');
    expect(disclosure!.classList.contains('kb-disclosure')).toBe(true);
    expect(disclosure!.hasAttribute('tabindex')).toBe(false);
    expect(disclosure!.hasAttribute('disabled')).toBe(false);
    fireEvent.click(item!);
    expect(onActivate).toHaveBeenCalledTimes(1);
  });

  it('speaks the interface language: a 繁體 interface shows the Chinese gloss', () => {
    const { container } = setup(translatorFor(ZH_TW));
    const button = container.querySelector<HTMLButtonElement>('.kb-disclosure')!;
    expect(button.textContent).toBe('釋義 — “四个意识”');
    fireEvent.click(button);
    expect(container.querySelector('.kb-card-gloss')!.textContent).toBe(CARD.gloss.zh);
    expect(container.querySelector('.kb-card-since')!.textContent).toBe('始於2016年 · 首見於中央政治局会议（2016-01-29）');
    expect(container.querySelector('.kb-card-since')!.getAttribute('lang')).toBe('zh-Hant');
  });
});

describe('SidebarApp: the page\'s cards reach the list and the JSON export', () => {
  it('lists the card under its program and downloads a document whose program spans carry it', async () => {
    const annotation = extractionWithCards();
    const services: SidebarServices = {
      page: {
        article: ARTICLE, info: INFO, url: 'http://www.news.cn/politics/20240509/abc/c.html',
        annotation: () => annotation, converted: () => 'original', onChange: () => () => {},
      },
      goTo: vi.fn(), listenPageKeys: () => () => {}, analyze: vi.fn(async () => ({ error: 'none here' })),
      convertTexts: vi.fn(async (texts: string[]) => texts), copy: vi.fn(async () => true),
      download: vi.fn((ext: string, _mime: string, _text: string) => `page.${ext}`), place: vi.fn(), unplace: vi.fn(),
      fitWidth: (w: number) => w, saveWidth: vi.fn(), selections: () => () => {}, dismissSelection: vi.fn(),
    };
    render(
      <SidebarApp services={services} t={translatorFor(EN)} session={{ width: 400, focus: false }} minWidth={280} maxWidth={900} onOpen={vi.fn()} onClose={vi.fn()} />,
    );
    await act(async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
    });
    fireEvent.click(screen.getByRole('button', { name: 'What it means — “四个意识”' }));
    expect(document.querySelector('.kb-card')!.getAttribute('data-glossary')).toBe('四个意识');
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    const [, , json] = (services.download as ReturnType<typeof vi.fn>).mock.calls[0]! as [string, string, string];
    const doc = JSON.parse(json);
    const four = doc.programs.filter((p: { name: string }) => p.name === '“四个意识”');
    expect(four.length).toBe(2);
    expect(four.every((p: { glossary?: GlossaryCard }) => p.glossary?.name === '四个意识')).toBe(true);
  });
});
