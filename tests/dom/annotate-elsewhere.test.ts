// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractAll, type Extraction } from '@/lib/core/extract';
import { annotateArticle, prepareGroundwork } from '@/lib/dom/marks';
import { analyzePage, type ArticleRead } from '@/lib/dom/read';

// Constructed text (not from any page): figures, a date and a program in three paragraphs.
const PARAGRAPHS = [
  '2023年2月3日，某市召开会议，部署落实“放管服”改革。',
  '全年地区生产总值增长5.2%，新增就业12万余人。',
  '其中约三分之一来自民营企业，投资达到1.36万亿元。',
];

function page(): { doc: Document; read: ArticleRead } {
  document.body.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = '某市召开会议';
  const article = document.createElement('article');
  for (const t of PARAGRAPHS) {
    const p = document.createElement('p');
    p.textContent = t;
    article.append(p);
  }
  document.body.append(h1, article);
  const { read } = analyzePage(document, 'https://example.org/a.html', true);
  if (!read) throw new Error('constructed page was not read');
  return { doc: document, read };
}

const marked = (doc: Document) => [...doc.querySelectorAll('kanbao-mark')].map((m) => m.textContent);
const now = () => Promise.resolve();

/** The extraction with only its first figure: an answer the page's own extractor would never give. */
function firstFigureOnly(x: Extraction): Extraction {
  return { figures: x.figures.slice(0, 1), dates: [], programs: [] };
}

describe('annotateArticle with an extraction done elsewhere', () => {
  it('marks what the answer holds, without extracting on the page', async () => {
    const { doc, read } = page();
    const full = extractAll(read.article.text, { published: read.article.published });
    expect(full.figures.length).toBeGreaterThan(2);
    const answer = firstFigureOnly(full);
    const asked: string[] = [];
    const a = await annotateArticle(doc, read, {
      yieldToMain: now,
      extractElsewhere: (text) => {
        asked.push(text);
        return Promise.resolve(answer);
      },
    });
    expect(asked).toEqual([read.article.text]);
    expect(a.extraction).toBe(answer);
    expect(marked(doc)).toEqual([full.figures[0]!.text]);
  });

  it('extracts on the page when the answer is null or the request fails', async () => {
    for (const fail of [() => Promise.resolve(null), () => Promise.reject(new Error('no background'))]) {
      const { doc, read } = page();
      const full = extractAll(read.article.text, { published: read.article.published });
      const a = await annotateArticle(doc, read, { yieldToMain: now, extractElsewhere: fail });
      expect(a.extraction).toEqual(full);
      expect(a.counts).toEqual({ figure: full.figures.length, date: full.dates.length, program: full.programs.length });
    }
  });

  it('extracts on the page when no answer comes before the deadline', async () => {
    const { doc, read } = page();
    const full = extractAll(read.article.text, { published: read.article.published });
    const a = await annotateArticle(doc, read, { yieldToMain: now, extractElsewhere: () => new Promise(() => undefined) });
    expect(a.extraction).toEqual(full);
    expect(marked(doc).length).toBe(full.figures.length + full.dates.length + full.programs.length);
  });

  it('takes an answer that arrives while the page is extracting, and stops extracting', async () => {
    const { doc, read } = page();
    const full = extractAll(read.article.text, { published: read.article.published });
    const answer = firstFigureOnly(full);
    let deliver: (x: Extraction) => void = () => undefined;
    let yields = 0;
    // Ready beforehand, as the content script has it, so the yields counted are the extraction's.
    const ground = prepareGroundwork(read, { yieldToMain: () => new Promise((r) => setTimeout(r, 0)) });
    await ground;
    const a = await annotateArticle(doc, read, {
      groundwork: () => ground,
      budgetMs: 0, // one paragraph per slice
      // The answer lands during the page's first yield, after one paragraph was extracted here.
      yieldToMain: async () => {
        if (++yields === 1) deliver(answer);
        await new Promise((r) => setTimeout(r, 0));
      },
      extractElsewhere: () => new Promise((resolve) => {
        deliver = resolve;
      }),
    });
    expect(a.extraction).toBe(answer);
    expect(marked(doc)).toEqual([full.figures[0]!.text]);
  });

  it('uses groundwork prepared while the answer was away, and the same marks come out', async () => {
    const { doc, read } = page();
    const full = extractAll(read.article.text, { published: read.article.published });
    const plain = await annotateArticle(doc, read, { yieldToMain: now, extractElsewhere: () => Promise.resolve(full) });
    const html = doc.body.innerHTML;
    plain.highlighter.clear();
    const ground = prepareGroundwork(read, { yieldToMain: now });
    let asked = 0;
    const a = await annotateArticle(doc, read, {
      yieldToMain: now,
      extractElsewhere: () => Promise.resolve(full),
      groundwork: (r) => (asked++, r === read ? ground : null),
    });
    expect(asked).toBe(1);
    expect(a.items).toEqual(plain.items);
    expect(doc.body.innerHTML).toBe(html);
  });

  it('builds the index again when the page replaced a node after the groundwork', async () => {
    const { doc, read } = page();
    const full = extractAll(read.article.text, { published: read.article.published });
    const ground = await prepareGroundwork(read, { yieldToMain: now });
    // A page script renders the second paragraph again (a new Text node, the same text) before the
    // answer lands: the old index points at the node that left; a fresh one marks the new node.
    const p2 = doc.querySelectorAll('article p')[1]!;
    p2.replaceChildren(doc.createTextNode(p2.textContent ?? ''));
    await annotateArticle(doc, read, { yieldToMain: now, extractElsewhere: () => Promise.resolve(full), groundwork: () => Promise.resolve(ground) });
    const inSecond = [...p2.querySelectorAll('kanbao-mark')].map((m) => m.textContent);
    expect(inSecond).toContain('5.2%');
    expect(p2.textContent).toBe(PARAGRAPHS[1]);
  });
});
