import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { URL_RULES, classifyUrl, siteOfHost } from '@/lib/core/article/url-rules';
import { RULE_NOTES, SHAPE_NOTES, urlRuleNote } from '@/lib/core/article/url-rule-examples';

// url<TAB>expected<TAB>site<TAB>note, no header (tests/fixtures/corpus/README.md § urls.tsv).
const lines = readFileSync('tests/fixtures/corpus/urls.tsv', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [url = '', expected = '', site = '', note = ''] = l.split('\t');
    return { url, expected, site, note };
  });

describe('classifyUrl over urls.tsv', () => {
  it('reads all 105 lines', () => {
    expect(lines).toHaveLength(105);
  });

  it.each(lines)('$expected $site  $url', ({ url, expected, site }) => {
    const v = classifyUrl(url);
    expect({ kind: v.kind, site: v.site }).toEqual({ kind: expected, site });
    expect(v.rule).not.toBeNull();
  });
});

describe('URL_RULES', () => {
  it('has unique ids', () => {
    expect(new Set(URL_RULES.map((r) => r.id)).size).toBe(URL_RULES.length);
  });

  it('has a note for every rule, and a rule for every note', () => {
    expect(URL_RULES.filter((r) => !urlRuleNote(r.id)).map((r) => r.id)).toEqual([]);
    const ruleIds = new Set(URL_RULES.map((r) => r.id));
    expect(Object.keys(RULE_NOTES).filter((id) => !ruleIds.has(id))).toEqual([]);
    // A shape's note is its field rule's note unless the shape is a signal only (tested with the shapes).
    expect(Object.keys(SHAPE_NOTES).filter((id) => !ruleIds.has(`field-${id}`)).sort()).toEqual(['month-content']);
  });

  for (const rule of URL_RULES) {
    const note = urlRuleNote(rule.id) ?? { why: '', examples: { match: [], miss: [] } };
    describe(rule.id, () => {
      it('has a reason and examples both ways', () => {
        expect(note.why.length).toBeGreaterThan(10);
        expect(note.examples.match.length).toBeGreaterThan(0);
        expect(note.examples.miss.length).toBeGreaterThan(0);
      });
      it.each(note.examples.match.map((u) => [u]))('decides %s (not shadowed by an earlier rule)', (u) => {
        expect(classifyUrl(u)).toMatchObject({ kind: rule.kind, rule: rule.id });
      });
      it.each(note.examples.miss.map((u) => [u]))('leaves %s to another rule', (u) => {
        expect(classifyUrl(u).rule).not.toBe(rule.id);
      });
    });
  }
});

describe('classifyUrl edge cases', () => {
  it('knows hosts by suffix, including the people.cn alias and its English edition', () => {
    expect(siteOfHost('www.he.xinhuanet.com')).toBe('xinhuanet.com');
    expect(siteOfHost('search.people.cn')).toBe('people.com.cn');
    expect(siteOfHost('en.people.cn')).toBe('en.people.cn');
    expect(siteOfHost('notpeople.com.cn')).toBeNull();
    expect(siteOfHost('example.org')).toBeNull();
  });

  it('returns unknown with a site for a known host and an undecided path', () => {
    expect(classifyUrl('http://finance.people.com.cn/some/odd/page.html')).toEqual({ kind: 'unknown', site: 'people.com.cn', rule: null });
  });

  it('returns unknown without a site for foreign hosts, file URLs and garbage', () => {
    for (const u of ['https://archive.ph/AbCdE', 'file:///home/me/saved.html', 'not a url', '']) {
      expect(classifyUrl(u)).toEqual({ kind: 'unknown', site: null, rule: null });
    }
  });

  it('ignores query and hash (news.cn regional pagers use ?page=N, xinhua_03)', () => {
    expect(classifyUrl('http://www.he.news.cn/20240515/d59c39d4160a4fe4b3084c3e4abfb450/c.html?page=2#x').kind).toBe('article');
  });

  it('unwraps Wayback captures to the original URL (xinhua_06 was saved from one)', () => {
    expect(classifyUrl('https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm'))
      .toEqual({ kind: 'article', site: 'xinhuanet.com', rule: 'dated-content-id' });
  });

  it('is case-insensitive on the host and on /BIG5/', () => {
    expect(classifyUrl('HTTP://HN.PEOPLE.COM.CN/big5/n2/2023/0203/c356883-40290005.html').kind).toBe('article');
  });
});
