// The library bench's side in the browser: bundled by scripts/bench-library.mjs (esbuild, one
// IIFE) and run in a page of a local origin in Chromium, so the times and the size are those of
// the browser's own IndexedDB on disk. It generates a library from real article texts (the
// annotation gold texts and the seed, extracted here by Kanbao's own core) with a fixed seed,
// then times the library's calls and, beside each, its floor: the same rows read straight from
// the object store by key, with no index and nothing rendered.
import { articleFromText } from '../lib/core/article';
import { extractAll } from '../lib/core/extract';
import { buildDocument } from '../lib/core/sidebar';
import { foldQuery, LIBRARY_SCHEMA, recordFromDocument, type LibraryArticle } from '../lib/core/library';
import { openLibrary, type Library } from '../lib/library';

/** A small fast PRNG (mulberry32): the same seed gives the same library on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common characters for invented names and title words (the generated titles must be distinct).
const HAN = Array.from('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严');
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const POSTS = ['省委书记', '市长', '副省长', '局长', '县委书记', '主任', '董事长', '所长', '厅长', '副市长', '院长', '党委书记', '总经理', '处长', '镇长', '民警', '村党支部书记', '教授', '记者', '研究员'];
const OUTLETS = ['people.com.cn', 'news.cn', 'gmw.cn', 'chinanews.com', 'chinadaily.com.cn', 'cctv.com', 'gov.cn', 'youth.cn', 'qstheory.cn', 'southcn.com', 'ce.cn', 'cnr.cn'];
const PROGRAM_HEADS = ['行动', '工程', '机制', '改革', '计划', '制度', '体系', '专项行动', '平台', '战略'];
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

let templates: LibraryArticle[] = [];
let lib: Library | null = null;
let raw: IDBDatabase | null = null;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Zipf-like choice: low indexes far more often (a few programs and people are in many articles). */
const zipf = <T>(r: () => number, xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(xs.length * r() ** 3))]!;
const word = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, HAN)).join('');

/** The records of real texts, extracted by Kanbao's own core (no jieba: people come from a pool below). */
function buildTemplates(texts: string[]): number {
  templates = texts.map((text, i) => {
    const article = articleFromText(text);
    const extraction = extractAll(article.text, { published: article.published });
    const doc = buildDocument({
      input: `template-${i}.txt`, url: `https://template.invalid/${i}.html`,
      page: { isArticle: true, site: null, peoplesDaily: false, template: 'text', confidence: 1, signals: [] },
      article, extraction, analysis: null,
    });
    return recordFromDocument(doc, START);
  });
  return templates.length;
}

function generate(n: number, seed: number) {
  const r = rng(seed);
  const programs = Array.from({ length: 600 }, () => `“${word(r, 2 + Math.floor(r() * 4))}”${pick(r, PROGRAM_HEADS)}`);
  const people = Array.from({ length: 4000 }, () => pick(r, SURNAMES) + word(r, 1 + Math.floor(r() * 2)));
  const out: LibraryArticle[] = [];
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!;
    const read = START + Math.floor(r() * 730) * DAY + Math.floor(r() * DAY);
    const published = new Date(read - Math.floor(r() * 3) * DAY + 8 * 3_600_000).toISOString().slice(0, 16) + '+08:00';
    const outlet = pick(r, OUTLETS);
    const url = `https://www.${outlet}/${published.slice(0, 10).replaceAll('-', '/')}/c${seed}-${i}.html`;
    // The template's own programs, plus ones from the pool (so programs recur across articles).
    const own = t.programs.slice(0, Math.floor(r() * (t.programs.length + 1)));
    const extra = Array.from({ length: Math.floor(r() * 4) }, () => {
      const name = zipf(r, programs);
      return { name, kind: 'quoted_head' as const, mentions: 1 + Math.floor(r() * 3), sentences: [`${word(r, 12)}${name}${word(r, 20)}。`] };
    });
    const seen = new Set<string>();
    const progs = [...own, ...extra].filter((p) => !seen.has(p.name) && seen.add(p.name));
    const persons = Array.from({ length: Math.floor(r() * 8) }, () => {
      const title = pick(r, POSTS);
      return { name: zipf(r, people), title, titles: [title] };
    });
    const figures = t.figures.slice(0, Math.max(1, Math.floor(t.figures.length * (0.3 + r() * 0.7))));
    const a: LibraryArticle = {
      ...t,
      id: '',
      url,
      urls: [url],
      outlet,
      site: `www.${outlet}`,
      title: `${word(r, 4 + Math.floor(r() * 8))}${t.title.slice(0, 10)}${word(r, 4)}`,
      published,
      firstRead: read,
      lastRead: read,
      reads: 1,
      figures,
      programs: progs,
      people: persons,
      organisations: Array.from({ length: Math.floor(r() * 6) }, () => `${word(r, 2)}${pick(r, ['局', '委员会', '集团', '大学', '医院'])}`),
      places: Array.from({ length: Math.floor(r() * 5) }, () => `${word(r, 2)}${pick(r, ['省', '市', '县', '镇'])}`),
      keywords: Array.from({ length: 10 }, () => word(r, 2)),
      summary: figures.slice(0, 3).map((f) => f.sentence),
      counts: { figures: figures.length, dates: t.dates.length, programs: progs.reduce((s, p) => s + p.mentions, 0), people: persons.length },
    };
    out.push(a);
  }
  return { articles: out, programs, people };
}

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Reads rows by their keys from the articles store, one transaction: the floor of every row below. */
function rawGet(db: IDBDatabase, keys: number[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('articles', 'readonly');
    const store = tx.objectStore('articles');
    let got = 0;
    for (const k of keys) store.get(k).onsuccess = (e) => { if ((e.target as IDBRequest).result) got++; };
    tx.oncomplete = () => resolve(got);
    tx.onerror = () => reject(tx.error);
  });
}

/** The stored keys of articles by their canonical ids (untimed set-up for the floors). */
function rawKeys(db: IDBDatabase, ids: string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('articles', 'readonly');
    const index = tx.objectStore('articles').index('id');
    const keys: number[] = [];
    for (const id of ids) index.getKey(id).onsuccess = (e) => keys.push((e.target as IDBRequest<number>).result);
    tx.oncomplete = () => resolve(keys);
    tx.onerror = () => reject(tx.error);
  });
}

/** For comparison only: a search with no help at all, reading every record and matching its fields. */
function rawScan(db: IDBDatabase, folded: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('articles', 'readonly');
    const req = tx.objectStore('articles').getAll();
    req.onsuccess = () => {
      const rows = req.result as { title: string; programs: [string][]; people: { name: string }[]; figures: unknown[][] }[];
      resolve(rows.filter((row) => foldQuery([row.title, ...row.programs.map((p) => p[0]), ...row.people.map((p) => p.name), ...row.figures.map((f) => String(f[4] ?? ''))].join('\n')).includes(folded)).length);
    };
    tx.onerror = () => reject(tx.error);
  });
}

const api = {
  buildTemplates,

  async fill(name: string, n: number, seed: number) {
    const { articles, programs, people } = generate(n, seed);
    const l = await openLibrary(name);
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i += 500) {
      await l.importAll({ format: 'kanbao-library', schema: LIBRARY_SCHEMA, exported: new Date(START).toISOString(), articles: articles.slice(i, i + 500) });
    }
    const ms = performance.now() - t0;
    const total = (await l.listArticles({ limit: 0 })).total;
    const top = await l.listPrograms();
    const measures = await l.listMeasures();
    const persons = await l.listPeople();
    const exported = await l.exportAll(START);
    l.close();
    const jsonBytes = new TextEncoder().encode(JSON.stringify(exported.articles)).length;
    return {
      ms, total, jsonBytes, programs: programs.length, people: people.length,
      topProgram: top[0]!, topMeasure: measures[0]!, topPerson: persons[0]!,
      rareTitle: articles[Math.floor(n / 2)]!.title.slice(0, 6),
    };
  },

  /** Cold: a fresh page opens the library and reads the first page of 50, newest read first. */
  async openOnly(name: string) {
    lib ??= await openLibrary(name);
    return true;
  },

  /** As the library page opens: the first page of the list, then a reader's pause before typing. */
  async openListPause(name: string, ms: number) {
    lib ??= await openLibrary(name);
    await lib.listArticles({ limit: 50 });
    await new Promise((r) => setTimeout(r, ms));
    return true;
  },

  async openFirstPage(name: string) {
    const t0 = performance.now();
    const l = await openLibrary(name);
    const page = await l.listArticles({ limit: 50 });
    const ms = performance.now() - t0;
    l.close();
    return { ms, total: page.total, ids: page.articles.map((a) => a.id) };
  },

  /** Cold floor: a fresh page opens the database with no library code and reads the same 50 rows by key. */
  async floorFirstPage(name: string, keys: number[]) {
    const t0 = performance.now();
    const db = await rawOpen(name);
    const got = await rawGet(db, keys);
    const ms = performance.now() - t0;
    db.close();
    return { ms, got };
  },

  async keysOf(name: string, ids: string[]) {
    const db = await rawOpen(name);
    const keys = await rawKeys(db, ids);
    db.close();
    return keys;
  },

  /** Warm: the library page is open; one search, its first 50 hits as records. Cold: the first search of a fresh page (the library opened before, untimed). */
  async search(name: string, query: string) {
    lib ??= await openLibrary(name);
    const t0 = performance.now();
    const hits = await lib.search(query, 50);
    return { ms: performance.now() - t0, ids: hits.map((a) => a.id) };
  },

  async floorRows(name: string, keys: number[]) {
    raw ??= await rawOpen(name);
    const t0 = performance.now();
    const got = await rawGet(raw, keys);
    return { ms: performance.now() - t0, got };
  },

  async scan(name: string, query: string) {
    raw ??= await rawOpen(name);
    const t0 = performance.now();
    const hits = await rawScan(raw, foldQuery(query));
    return { ms: performance.now() - t0, hits };
  },

  async estimate() {
    const e = await navigator.storage.estimate();
    const details = (e as { usageDetails?: Record<string, number> }).usageDetails;
    return { usage: e.usage ?? null, indexedDB: details?.indexedDB ?? null };
  },
};

(globalThis as unknown as { kanbaoLibraryBench: typeof api }).kanbaoLibraryBench = api;
