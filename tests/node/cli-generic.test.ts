import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KanbaoDocument } from '@/lib/core/sidebar';
import { runCli, type VerdictDocument } from '@/lib/node';

/**
 * The command line on pages outside the built-in outlets: the verdict of a Chinese page that is
 * not an article (exit 1, and with --json the verdict document), input that cannot be used
 * (exit 2), and articles of hosts the registry does not hold (the generic detector) or platforms
 * (WeChat). Pages are given in memory through runCli's reader; one case runs the real script.
 */

const WECHAT = 'tests/fixtures/field/constructed/wechat-rmrb.html';
const WECHAT_URL = 'https://mp.weixin.qq.com/s/AbCdEfGh12345';

const enc = (s: string) => new TextEncoder().encode(s);
const inMemory = (files: Record<string, Uint8Array>) => (name: string) => {
  const bytes = files[name];
  if (!bytes) throw new Error(`test reader: no ${name}`);
  return bytes;
};

// Constructed: a channel page of a city paper outside the registry, headlines and nothing else.
const LIST_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>本地要闻_示例晚报网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news/">要闻</a><a href="/city/">城事</a></div>
<ul class="list">${Array.from({ length: 30 }, (_, i) =>
  `<li><a href="/news/2024/05/${String(i + 1).padStart(2, '0')}/content_${1000 + i}.html">市区第${i + 1}条公交线路调整运营时间的通知</a><span>2024-05-${String((i % 28) + 1).padStart(2, '0')}</span></li>`).join('\n')}
</ul><div class="footer">版权所有 示例晚报社</div></body></html>`;

// Constructed: an article of a county news site outside the registry, with its date and source
// line, a reporter, an editor line and paragraphs in <p>.
const ARTICLE_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>县里新建三座污水处理站_示例县新闻网</title>
<meta name="publishdate" content="2024-05-20"></head><body>
<div class="nav"><a href="/">首页</a><a href="/xw/">新闻</a></div>
<div class="article"><h1>县里新建三座污水处理站</h1>
<div class="info">2024-05-20 09:12　来源：示例县融媒体中心</div>
<div class="content">
<p>本报讯（记者 陈晓东）近日，县里新建的三座乡镇污水处理站正式投入运行，日处理能力合计达到4500吨，覆盖沿河12个行政村。这是县里今年实施的重点民生工程之一，也是流域水环境综合治理的关键一环。</p>
<p>据县生态环境局介绍，项目总投资约6800万元，采用一体化处理设备，出水水质达到一级A标准。项目建成后，沿河村庄生活污水收集率由原来的不足四成提高到85%以上，入河排污口减少了一半以上。</p>
<p>在其中一座处理站，运维人员正在查看在线监测数据。负责人说，设备实行远程监控，进出水水质每两小时自动采样一次，出现异常可以在半小时内到场处置，确保污水处理达标排放。</p>
<p>下一步，县里将结合农村人居环境整治，继续推进污水管网向自然村延伸，力争到明年底实现重点流域村庄全覆盖，并探索建立长效运维机制，让设施建得成、用得好、管得住。</p>
</div><div class="editor">（责任编辑：刘颖）</div></div>
<div class="footer">示例县新闻网 版权所有</div></body></html>`;

describe('command line: a Chinese page that is not an article', () => {
  it('prints the verdict with --json and exits 1', async () => {
    const r = await runCli(['--json', '--url', 'https://www.example-evening.cn/news/', 'list.html'], inMemory({ 'list.html': enc(LIST_PAGE) }));
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as VerdictDocument;
    // The first three fields of the article's document, nothing else: a tool reads page.isArticle either way.
    expect(Object.keys(doc)).toEqual(['input', 'url', 'page']);
    expect(doc).toMatchObject({ input: 'list.html', url: 'https://www.example-evening.cn/news/' });
    expect(doc.page).toMatchObject({ isArticle: false, site: null, template: null });
    expect(doc.page.signals.length).toBeGreaterThan(0);
    expect(doc.page.signals.join(' ')).toMatch(/url:/);
    // The same verdict in one line on standard error, for a person at the terminal.
    expect(r.stderr).toMatch(/^kanbao: list\.html: not recognised as a Chinese news article \(no known outlet, signals: .+\)\n$/);
  });

  it('exits 1 without --json too, with the one line and nothing on standard output', async () => {
    const r = await runCli(['list.html'], inMemory({ 'list.html': enc(LIST_PAGE) }));
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/not recognised as a Chinese news article/);
  });

  it('names the outlet in the verdict when the host is a known one (a list page of people.com.cn)', async () => {
    const bytes = readFileSync('tests/fixtures/e2e/people_hn_list_356883.html');
    const r = await runCli(['--json', '--url', 'http://hn.people.com.cn/GB/356883/index.html', 'p.html'], inMemory({ 'p.html': bytes }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).page).toMatchObject({ isArticle: false, site: 'people.com.cn', signals: ['url:list:people-channel'] });
  });

  it('says the same through the real script: exit code 1 and the verdict document', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/annotate.ts', '--json', '--url', 'http://hn.people.com.cn/GB/356883/index.html',
      'tests/fixtures/e2e/people_hn_list_356883.html'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).page).toMatchObject({ isArticle: false, site: 'people.com.cn' });
    expect(r.stderr).toMatch(/^kanbao: .*not recognised as a Chinese news article/);
  });
});

describe('command line: a removed WeChat post', () => {
  it('is not an article: exit 1, the verdict names the WeChat evidence', async () => {
    const r = await runCli(['--json', '--url', WECHAT_URL, 'tests/fixtures/field/constructed/wechat-deleted.html']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as VerdictDocument).page).toMatchObject({
      isArticle: false, site: null, signals: ['url:article:wechat', 'wechat:not-article'],
    });
  });
});

describe('command line: input that cannot be used exits 2 with one line and nothing on standard output', () => {
  const cases: [string, string[], Record<string, Uint8Array>, RegExp][] = [
    ['a missing file', ['--json', 'no/such/file.html'], {}, /no such file/],
    ['an empty file', ['--json', 'e.html'], { 'e.html': new Uint8Array() }, /empty/],
    ['a binary file', ['--json', 'b.html'], { 'b.html': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) }, /binary/],
    ['a page without Chinese', ['--json', 'en.html'], { 'en.html': enc('<html><body><p>English only.</p></body></html>') }, /no Chinese/],
    ['a missing --url value', ['--json', 'x.html', '--url'], { 'x.html': enc(ARTICLE_PAGE) }, /--url needs a value/],
    ['an unknown option', ['--jsn', 'x.html'], { 'x.html': enc(ARTICLE_PAGE) }, /unknown option --jsn/],
  ];
  for (const [what, argv, files, message] of cases) {
    it(what, async () => {
      // A missing file goes through the real reader, the others through the in-memory one.
      const r = await runCli(argv, what === 'a missing file' ? undefined : inMemory(files));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^kanbao: /);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    });
  }
});

describe('command line: articles outside the built-in outlets', () => {
  it('reads an article of a host outside the registry with the generic detector and reader', async () => {
    const r = await runCli(['--json', '--url', 'http://www.example-county-news.cn/xw/2024/0520/c101-88231.html', 'a.html'],
      inMemory({ 'a.html': enc(ARTICLE_PAGE) }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as KanbaoDocument;
    expect(doc.page).toMatchObject({ isArticle: true, site: null, template: 'generic' });
    expect(doc.article).toMatchObject({ title: '县里新建三座污水处理站', source: '示例县融媒体中心', editors: ['刘颖'] });
    expect(doc.article.published).toMatch(/^2024-05-20/);
    expect(doc.article.paragraphs).toHaveLength(4);
    expect(doc.figures.map((f) => f.text)).toContain('约6800万元');
  });

  it('reads a WeChat article of a People’s Daily account as an article of people.com.cn', async () => {
    const r = await runCli(['--json', '--url', WECHAT_URL, WECHAT]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as KanbaoDocument;
    expect(doc.page).toMatchObject({ isArticle: true, site: 'people.com.cn', template: 'wechat' });
    expect(doc.article).toMatchObject({ title: '春耕时节看新疆：滴灌田里的新变化', published: '2024-04-09T11:30+08:00', source: '人民日报' });
    expect(doc.figures.map((f) => f.text)).toContain('42.6万亩');
  });
});
