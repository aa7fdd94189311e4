import { describe, expect, it } from 'vitest';
import { CENTRAL } from '@/lib/core/sites/field/central';
import { GOVERNMENT } from '@/lib/core/sites/field/government';
import { LOCAL } from '@/lib/core/sites/field/provinces';
import { PROVENANCE, type Provenance } from '@/lib/core/sites/field/provenance';
import { classifyUrl } from '@/lib/core/article';
import { outletName } from '@/lib/core/sidebar/model';
import {
  groupMatchPatterns, groupOf, HOST_MATCHES, hostUnder, isHost, OUTLETS, outletById, outletOf, PROVINCES, SITES, siteKey,
  type FieldGroup, type OutletKind,
} from '@/lib/core/sites';

// The 31 province-level divisions of the mainland, written out here so that the test does not
// trust the list it checks.
const ALL_PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆',
];

const KINDS: readonly OutletKind[] = ['central-media', 'central-broadcaster', 'provincial-media', 'municipal-media', 'epaper', 'government', 'theory-journal'];

const count = (pred: (o: (typeof OUTLETS)[number]) => boolean) => OUTLETS.filter(pred).length;

// Where each outlet's facts were read lives beside the runtime lists (provenance.ts); an outlet
// without an entry gets an empty one, which the checks below reject.
const provenanceOf = (id: string): Provenance => PROVENANCE[id] ?? { example: '', source: '' };

describe('the field registry', () => {
  it('holds the three lists, each in id order, and OUTLETS in id order', () => {
    for (const list of [CENTRAL, LOCAL, GOVERNMENT]) {
      const ids = list.map((o) => o.id);
      expect(ids).toEqual([...ids].sort());
    }
    expect(OUTLETS).toHaveLength(CENTRAL.length + LOCAL.length + GOVERNMENT.length);
    const ids = OUTLETS.map((o) => o.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('has the provenance of every outlet, and of no other', () => {
    expect(OUTLETS.filter((o) => !PROVENANCE[o.id]).map((o) => o.id)).toEqual([]);
    const ids = new Set(OUTLETS.map((o) => o.id));
    expect(Object.keys(PROVENANCE).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has unique ids and no host twice', () => {
    expect(new Set(OUTLETS.map((o) => o.id)).size).toBe(OUTLETS.length);
    const hosts = OUTLETS.flatMap((o) => o.hosts);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
  });

  it.each(OUTLETS.map((o) => [o.id, o] as const))('%s: valid host keys, its id among them, fields well formed', (_id, o) => {
    for (const h of o.hosts) {
      expect(isHost(h), h).toBe(true);
      expect(siteKey(h)).toBe(h);
    }
    expect(o.hosts).toContain(o.id);
    expect(KINDS).toContain(o.kind);
    expect(o.name).toMatch(/\p{Script=Han}/u);
    expect(o.nameEn).toMatch(/[A-Za-z]/);
    expect(provenanceOf(o.id).source.length).toBeGreaterThan(10);
    if (o.kind === 'provincial-media' || o.kind === 'municipal-media' || o.kind === 'epaper') expect(PROVINCES).toContain(o.province);
    if (o.kind === 'central-media' || o.kind === 'central-broadcaster' || o.kind === 'theory-journal') expect(o.province).toBeNull();
  });

  it.each(OUTLETS.map((o) => [provenanceOf(o.id).example, o.id] as const))('example %s is an article of %s', (url, id) => {
    const u = new URL(url);
    expect(outletOf(u.hostname)?.id).toBe(id);
    expect(classifyUrl(url)).toMatchObject({ kind: 'article', site: id });
  });

  it('marks exactly the built-in outlets as built in, with the same hosts', () => {
    const builtIn = OUTLETS.filter((o) => o.builtIn);
    expect(builtIn.map((o) => o.id).sort()).toEqual(SITES.map((s) => s.id).sort());
    for (const o of builtIn) expect(o.hosts).toEqual(SITES.find((s) => s.id === o.id)?.hosts);
  });

  it('never puts a field host above a built-in host (the built-in outlets keep their pages)', () => {
    const builtInHosts = SITES.flatMap((s) => s.hosts);
    for (const o of OUTLETS.filter((x) => !x.builtIn)) {
      for (const h of o.hosts) expect(builtInHosts.filter((b) => b !== h && hostUnder(b, h)), h).toEqual([]);
    }
  });

  it('covers every one of the 31 provinces with local media', () => {
    expect(PROVINCES).toEqual(ALL_PROVINCES);
    const covered = new Set(OUTLETS.filter((o) => o.kind === 'provincial-media').map((o) => o.province));
    expect(ALL_PROVINCES.filter((p) => !covered.has(p))).toEqual([]);
  });

  it('has the counts per kind that docs/field.md reports', () => {
    const perKind = Object.fromEntries(KINDS.map((k) => [k, count((o) => o.kind === k)]));
    expect(perKind).toEqual({
      'central-media': 28,
      'central-broadcaster': 3,
      'provincial-media': 48,
      'municipal-media': 11,
      epaper: 4,
      government: 36,
      'theory-journal': 5,
    });
    expect(OUTLETS.length).toBe(135);
    const perGroup = Object.fromEntries((['central', 'local', 'government'] as const).map((g) => [g, count((o) => groupOf(o) === g)]));
    expect(perGroup).toEqual({ central: 36, local: 63, government: 36 });
  });

  it('records the People\'s Daily family, each with where its membership was read', () => {
    const family = OUTLETS.filter((o) => o.peoplesDaily);
    expect(family.map((o) => o.id)).toEqual(['haiwainet.cn', 'huanqiu.com', 'people.com.cn', 'peopleapp.com', 'rmlt.com.cn', 'stcn.com']);
    for (const o of family) expect(provenanceOf(o.id).familySource ?? '', o.id).toMatch(/\S{10,}/);
    expect(OUTLETS.filter((o) => !o.peoplesDaily && provenanceOf(o.id).familySource)).toEqual([]);
  });

  it('names the government portal of every one of the 31 provinces', () => {
    const portals = new Set(OUTLETS.filter((o) => o.kind === 'government' && o.province).map((o) => o.province));
    expect(ALL_PROVINCES.filter((p) => !portals.has(p))).toEqual([]);
  });
});

describe('outletOf', () => {
  it('finds the outlet by suffix, for mobile and channel hosts too', () => {
    expect(outletOf('www.southcn.com')?.id).toBe('southcn.com');
    expect(outletOf('m.news.southcn.com')?.id).toBe('southcn.com');
    expect(outletOf('WAP.Dahe.CN.')?.id).toBe('dahe.cn');
    expect(outletOf('j.021east.com')?.id).toBe('eastday.com');
  });

  it('lets the most specific host win', () => {
    expect(outletOf('sz.nxnews.net')?.id).toBe('sz.nxnews.net');
    expect(outletOf('www.nxnews.net')?.id).toBe('nxnews.net');
    expect(outletOf('www.ccdi.gov.cn')?.id).toBe('ccdi.gov.cn');
    expect(outletOf('www.kepu.gov.cn')?.id).toBe('gov.cn');
  });

  it('knows no look-alike hosts', () => {
    expect(outletOf('notsouthcn.com')).toBeNull();
    expect(outletOf('southcn.com.evil.example')).toBeNull();
    expect(outletOf('example.org')).toBeNull();
  });

  it('outletById and outletName name field outlets in Chinese, built-in ones as before', () => {
    expect(outletById('rednet.cn')?.name).toBe('红网');
    expect(outletById('nowhere.example')).toBeNull();
    expect(outletName('rednet.cn')).toBe('红网');
    expect(outletName('people.com.cn')).toBe(SITES.find((s) => s.id === 'people.com.cn')?.name);
    expect(outletName('nowhere.example')).toBeNull();
    expect(outletName(null)).toBeNull();
  });
});

describe('groups and their match patterns', () => {
  const GROUPS: readonly FieldGroup[] = ['central', 'local', 'government'];

  it('puts every outlet in one group by kind and province', () => {
    expect(groupOf(outletById('cnr.cn')!)).toBe('central');
    expect(groupOf(outletById('qstheory.cn')!)).toBe('central');
    expect(groupOf(outletById('southcn.com')!)).toBe('local');
    expect(groupOf(outletById('sz.nxnews.net')!)).toBe('local');
    expect(groupOf(outletById('gd.gov.cn')!)).toBe('government');
    expect(groupOf(outletById('12371.cn')!)).toBe('government');
  });

  it('grants every non-built-in host not already granted, and nothing else', () => {
    const all = GROUPS.flatMap(groupMatchPatterns);
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) {
      expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
      expect(HOST_MATCHES).not.toContain(p);
    }
    const hostOf = (p: string) => p.slice('*://*.'.length, -'/*'.length);
    const granted = [...all.map(hostOf), ...SITES.flatMap((s) => s.hosts)];
    for (const o of OUTLETS) for (const h of o.hosts) expect(granted.some((g) => hostUnder(h, g)), h).toBe(true);
  });

  it('leaves out hosts a built-in host or another host of the group covers', () => {
    expect(groupMatchPatterns('central')).not.toContain('*://*.ccdi.gov.cn/*');
    expect(groupMatchPatterns('government')).not.toContain('*://*.gd.gov.cn/*');
    expect(groupMatchPatterns('government')).toContain('*://*.12371.cn/*');
    expect(groupMatchPatterns('local')).toContain('*://*.nxnews.net/*');
    expect(groupMatchPatterns('local')).not.toContain('*://*.sz.nxnews.net/*');
    expect(groupMatchPatterns('local')).toContain('*://*.021east.com/*');
    expect(groupMatchPatterns('central')).toContain('*://*.cnr.cn/*');
  });
});
