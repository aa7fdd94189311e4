import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTokens, type Analysis } from '@/lib/core/analysis/analysis';
import { buildAnnotations } from '@/lib/core/extract/annotations';
import { buildDocument, documentJson } from '@/lib/core/sidebar/build-document';
import { csvField, toCsv } from '@/lib/core/sidebar/export-csv';
import { toMarkdown } from '@/lib/core/sidebar/export-markdown';
import { extractAll, type Extraction } from '@/lib/core/extract/extract';
import { convertModel, mapModelText } from '@/lib/core/sidebar/convert-model';
import { filterModel } from '@/lib/core/sidebar/filter';
import { buildSidebarModel, figureValue, sectionCounts, type SidebarModel } from '@/lib/core/sidebar/model';
import { idsInPageOrder, locate, stepId, stepKindOf } from '@/lib/core/sidebar/navigation';
import type { Article, PageInfo } from '@/lib/core/types';
import { analyzePage } from '@/lib/dom/read/analyze-page';
import { createNodeSegmenter } from '@/lib/engines/jieba';
import { translatorFor, type MessagesFile } from '@/lib/i18n';
import { decodeHtml, parseDocument } from '@/lib/node/load-html';

const locale = (l: string) => translatorFor(JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as MessagesFile);
const en = locale('en');

const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';

let article: Article;
let page: PageInfo;
let extraction: Extraction;
let analysis: Analysis;
let model: SidebarModel;

beforeAll(async () => {
  const { html } = decodeHtml(readFileSync('tests/fixtures/corpus/pages/people_hn_big5_seed.html'));
  const analysed = analyzePage(parseDocument(html), SEED_URL);
  article = analysed.read!.article;
  page = analysed.page;
  extraction = extractAll(article.text, { published: article.published });
  const segmenter = await createNodeSegmenter();
  analysis = analyzeTokens(article.text, segmenter.tag(article.text), article.authors);
  model = buildSidebarModel({ article, site: page.site, extraction, items: buildAnnotations(article.text, extraction), analysis });
});

describe('sidebar model on the seed page', () => {
  it('has the article section with title, metadata and outlet', () => {
    expect(model.article.title).toBe('大湖之南|守護萬家燈火,溫暖一方百姓');
    expect(model.article.published).toBe('2023-02-03T10:44+08:00');
    expect(model.article.authors).toEqual(['王雲娜', '孫超']);
    expect(model.article.outlet).toMatch(/人民网/);
  });

  it('lists every figure in page order with the highlighter ids, value and what it measures', () => {
    expect(model.figures).toHaveLength(extraction.figures.length);
    const row = model.figures.find((f) => f.text === '61.6%')!;
    expect(row.id).toBe('f1');
    expect(row.value).toBe('61.6%');
    expect(row.kind).toBe('percent');
    expect(row.subject).toBe('刑事警情');
    expect(row.direction).toBe('down');
    expect(row.measures).toBe('刑事警情 · ↓ · 同比');
    expect(article.text.slice(row.start, row.end)).toBe('61.6%');
    const many = model.figures.find((f) => f.text === '1.3萬余家')!;
    expect(many.value).toBe('>13,000 家');
    expect(many.sortValue).toBe(13000);
    const starts = model.figures.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('groups program mentions by normalised name within each kind, with counts and ids', () => {
    const groups = model.programs.flatMap((k) => k.groups);
    const platform = groups.find((g) => g.text.includes('湖南公安服務平台'))!;
    expect(platform.count).toBe(4);
    expect(platform.ids).toHaveLength(4);
    expect(platform.name).toContain('湖南公安服务平台');
    const counts = sectionCounts(model);
    expect(counts.programs).toBe(extraction.programs.length);
    expect(counts.programGroups).toBe(groups.length);
    expect(groups.length).toBeLessThan(counts.programs);
    // Every mention id appears once, in page order.
    const ids = idsInPageOrder(model, 'program');
    expect(new Set(ids).size).toBe(extraction.programs.length);
  });

  it('has people with titles, top-10 keywords and a 3-sentence summary in page order', () => {
    const a = model.analysis!;
    const wang = a.people.find((p) => p.name === '王一鷗')!;
    expect(wang.titles[0]).toBe('湖南省副省長、省公安廳廳長');
    expect(a.keywords.length).toBeGreaterThan(0);
    expect(a.keywords.length).toBeLessThanOrEqual(10);
    expect(a.summary).toHaveLength(3);
    expect(a.summary.map((s) => s.start)).toEqual([...a.summary.map((s) => s.start)].sort((x, y) => x - y));
    for (const s of a.summary) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    expect(locate(model, a.keywords[0]!.id)?.start).toBe(analysis.keywords[0]!.firstOffset);
  });

  it('counts per section', () => {
    const c = sectionCounts(model);
    expect(c.figures).toBe(extraction.figures.length);
    expect(c.keywords).toBe(model.analysis!.keywords.length);
    expect(c.summary).toBe(3);
    expect(sectionCounts({ ...model, analysis: null }).people).toBe(0);
  });

  it('filters every section, across scripts, and keeps the article', () => {
    const f = filterModel(model, '警情');
    expect(f.figures.map((r) => r.text)).toEqual(['61.6%', '53.1%', '31.5%']);
    expect(f.article).toBe(model.article);
    // Simplified query, Traditional page.
    const p = filterModel(model, '湖南公安服务平台');
    expect(p.programs.flatMap((k) => k.groups).map((g) => g.count)).toEqual([4]);
    expect(sectionCounts(p).programs).toBe(4);
    const person = filterModel(model, '副省长');
    expect(person.analysis!.people.map((x) => x.name)).toContain('王一鷗');
    expect(filterModel(model, '   ')).toBe(model);
    const none = filterModel(model, 'zzzz');
    expect(sectionCounts(none)).toMatchObject({ figures: 0, programs: 0, people: 0, keywords: 0, summary: 0 });
  });

  it('steps through a kind in page order, wrapping', () => {
    expect(stepId(model, 'figure', null, 1)).toBe('f1');
    expect(stepId(model, 'figure', 'f1', 1)).toBe('f2');
    expect(stepId(model, 'figure', 'f1', -1)).toBe(`f${model.figures.length}`);
    expect(stepKindOf(model, 'f3')).toBe('figure');
    expect(stepKindOf(model, 'p2')).toBe('program');
    expect(stepKindOf(model, 'kw-1')).toBeNull();
    expect(stepId(model, 'program', 'p1', 1)).toBe('p2');
  });

  it('converts its page strings in one batch and keeps ids and numbers', async () => {
    let calls = 0;
    const upper = await convertModel(model, async (texts) => {
      calls++;
      return texts.map((s) => `«${s}»`);
    });
    expect(calls).toBe(1);
    expect(upper.article.title).toBe(`«${model.article.title}»`);
    expect(upper.figures[0]!.text).toBe('«61.6%»');
    expect(upper.figures[0]!.measures).toBe('«刑事警情» · ↓ · «同比»');
    expect(upper.figures[0]!.id).toBe('f1');
    expect(upper.figures[0]!.value).toBe('61.6%');
    expect(mapModelText(model, (s) => s)).toEqual(model);
    await expect(convertModel(model, async () => [])).rejects.toThrow();
  });
});

describe('exports', () => {
  it('Markdown has the title, the summary, every key figure and the programs', () => {
    const md = toMarkdown(model, en);
    expect(md).toContain(`# ${model.article.title}`);
    for (const f of model.figures) expect(md).toContain(`| ${f.text} |`);
    expect(md).toContain('| 61.6% | 61.6% | percent | 刑事警情 · ↓ · 同比 |');
    for (const s of model.analysis!.summary) expect(md).toContain(s.text);
    expect(md).toMatch(/“湖南公安服務平台” — 4 mentions/);
    expect(md).toContain('## Key figures (51)');
  });

  it('Markdown escapes table pipes and speaks the sidebar language', () => {
    const piped: SidebarModel = { ...model, figures: [{ ...model.figures[0]!, measures: 'a|b' }] };
    expect(toMarkdown(piped, en)).toContain('a\\|b');
    const zh = toMarkdown(model, locale('zh_TW'));
    expect(zh).toContain('## 關鍵數字 (51)');
    expect(zh).toContain('| 61.6% | 61.6% | 百分比 | 刑事警情 · ↓ · 同比 |');
  });

  it('CSV quotes per RFC 4180 and has one row per figure', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    const csv = toCsv(model);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,text,value,kind,subject,direction,comparison,measures,start,end');
    expect(lines).toHaveLength(model.figures.length + 2); // header + rows + the final empty string
    expect(lines[1]).toBe(`f1,61.6%,61.6%,percent,刑事警情,down,同比,刑事警情 · ↓ · 同比,${model.figures[0]!.start},${model.figures[0]!.end}`);
    // 13,000 has a comma: quoted.
    expect(csv).toContain('"'.concat('>13,000 家', '"'));
  });

  it('JSON is the command line document, field for field', () => {
    const doc = buildDocument({ input: SEED_URL, url: SEED_URL, page, article, extraction, analysis });
    expect(Object.keys(doc)).toEqual(['input', 'url', 'page', 'article', 'figures', 'dates', 'programs', 'keywords', 'people', 'summary']);
    expect(doc.figures).toBe(extraction.figures);
    expect(doc.summary).toBe(analysis.summary);
    const bare = buildDocument({ input: '-', url: null, page, article, extraction, analysis: null });
    expect(bare.keywords).toEqual([]);
    expect(bare.people).toEqual({ people: [], organisations: [], places: [] });
    expect(JSON.parse(documentJson({ input: '-', url: null, page, article, extraction, analysis }))).toEqual(
      JSON.parse(JSON.stringify(buildDocument({ input: '-', url: null, page, article, extraction, analysis }))),
    );
    // Extra fields on a background reply (timing) never leak into the document.
    const withTiming = { ...analysis, timing: { ms: 1, cold: true } } as Analysis;
    expect(Object.keys(buildDocument({ input: '-', url: null, page, article, extraction, analysis: withTiming }))).not.toContain('timing');
  });
});

describe('sidebar strings', () => {
  it('substitutes $1..$9 like getMessage', () => {
    expect(en('header_counts', 51, 36)).toBe('51 figures · 36 programs');
    expect(en('go_to', 'x')).toBe('Go to x in the article');
    expect(locale('zh_CN')('header_counts', 1, 2)).toBe('数字 1 · 提法 2');
  });
  it('figure values are formatted with the unit and approximation', () => {
    const f = model.figures.find((r) => r.kind === 'range')!;
    expect(f.value).toMatch(/–/);
    expect(figureValue({ text: '3.5个百分点', start: 0, end: 7, kind: 'percentage_points', value: 3.5, unit: 'pp', approx: null })).toBe('3.5 pp');
  });
});
