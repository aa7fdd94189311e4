import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/**
 * docs/store/listing.*.md hold what is pasted into the stores. The name and short description must be
 * the extension's own (the stores show the manifest's, from public/_locales), and fit the stores:
 * Chrome takes the manifest description as the summary, at most 132 characters; Firefox Add-ons
 * allows 50 for a name and 250 for a summary; Chrome's long description at most 16,000.
 */
const LIMITS = { name: 50, short: 132, firefoxSummary: 250, long: 16_000 };
const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;

/** The text under each `## heading` of a listing file. */
function sections(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const out = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    out.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return out;
}
const messages = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
/** Length as the stores count it: characters, not UTF-16 units. */
const length = (s: string) => [...s].length;

describe('store listings', () => {
  for (const locale of LOCALES) {
    describe(locale, () => {
      const listing = sections(`docs/store/listing.${locale}.md`);
      const own = messages(locale);

      it("has the extension's name for this locale, within the stores' limit", () => {
        expect(listing.get('Name')).toBe(own.extName!.message);
        expect(length(listing.get('Name')!)).toBeLessThanOrEqual(LIMITS.name);
      });

      it("has the manifest's description as its short description, within Chrome's 132 characters", () => {
        const short = listing.get('Short description')!;
        expect(short).toBe(own.extDescription!.message);
        expect(short).not.toContain('\n');
        expect(length(short)).toBeLessThanOrEqual(LIMITS.short);
        expect(length(short)).toBeLessThanOrEqual(LIMITS.firefoxSummary);
      });

      it('has a long description within the limit, and a category for each store', () => {
        const long = listing.get('Long description')!;
        expect(length(long)).toBeGreaterThan(400);
        expect(length(long)).toBeLessThanOrEqual(LIMITS.long);
        expect(listing.get('Category')).toMatch(/Chrome[^\n]*\*\*[^*]+\*\*/);
        expect(listing.get('Category')).toMatch(/Firefox[^\n]*\*\*[^*]+\*\*/);
      });
    });
  }

  it("claims no more glossary entries than lib/data/glossary holds, in every language", () => {
    const dir = 'lib/data/glossary';
    const entries = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .reduce((n, f) => n + (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown[]).length, 0);
    const claims = { en: /More than (\d+) formulations/, zh_CN: /(\d+) 多条提法/, zh_TW: /(\d+) 多條提法/ };
    for (const [locale, claim] of Object.entries(claims)) {
      const n = Number(claim.exec(sections(`docs/store/listing.${locale}.md`).get('Long description')!)?.[1]);
      expect(n, `listing.${locale}.md states how many formulations the glossary has`).toBeGreaterThan(0);
      expect(entries, `listing.${locale}.md`).toBeGreaterThan(n);
    }
  });

  describe("Chrome's privacy tab (English listing)", () => {
    const listing = sections('docs/store/listing.en.md');
    const privacy = listing.get("For the Chrome Web Store's privacy tab")!;
    const rows = new Map([...privacy.matchAll(/^\| (`[a-zA-Z]+`|[a-z ]+) \| (.+) \|$/gm)].map((m) => [m[1]!.replaceAll('`', ''), m[2]!]));
    type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
    const manifest = (config.manifest as (env: { browser: string; manifestVersion: 3 }) => Manifest)({ browser: 'chrome', manifestVersion: 3 });

    it('justifies exactly the MV3 manifest\'s API permissions, its host permissions and its optional ones', () => {
      const expected = new Set([...(manifest.permissions ?? []), 'host permissions', 'optional host permissions']);
      rows.delete('permission');
      expect(new Set(rows.keys())).toEqual(expected);
      for (const [name, why] of rows) expect(why.length, `${name}'s justification`).toBeGreaterThan(60);
      expect(manifest.host_permissions?.length).toBeGreaterThan(0);
      for (const optional of manifest.optional_host_permissions ?? []) expect(rows.get('optional host permissions')).toContain(`\`${optional}\``);
    });

    it('says no remote code and no data collected, as the Firefox manifest declares', () => {
      expect(privacy).toMatch(/### Remote code\s+No,/);
      expect(privacy).toMatch(/### Single purpose\s+\S/);
      const firefox = (config.manifest as (env: { browser: string; manifestVersion: 2 }) => {
        browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
      })({ browser: 'firefox', manifestVersion: 2 });
      expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
      expect(listing.get('For Firefox Add-ons')).toContain('data_collection_permissions: { required: ["none"] }');
    });
  });
});
