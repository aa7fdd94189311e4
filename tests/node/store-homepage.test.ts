import { afterEach, describe, expect, it } from 'vitest';
import config, { AUTHOR, homepageField } from '../../wxt.config';

/**
 * `homepage_url` is set at publishing time only: KANBAO_HOMEPAGE_URL, when present, must be an https
 * address and lands in both manifests; absent, neither has the field (no invented address). `author`
 * is in Firefox's manifest as a name; Chrome's schema wants the publishing account's email instead,
 * which the project does not have, so Chrome's manifest has none.
 */
type Manifest = { homepage_url?: string; author?: unknown };
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string; manifestVersion: 2 | 3 }) => Manifest)({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
  });

const saved = process.env.KANBAO_HOMEPAGE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.KANBAO_HOMEPAGE_URL;
  else process.env.KANBAO_HOMEPAGE_URL = saved;
});

describe('homepage_url', () => {
  it('is absent from both manifests when KANBAO_HOMEPAGE_URL is not set, or empty', () => {
    for (const value of [undefined, '', '  ']) {
      if (value === undefined) delete process.env.KANBAO_HOMEPAGE_URL;
      else process.env.KANBAO_HOMEPAGE_URL = value;
      for (const browser of ['chrome', 'firefox'] as const) {
        expect('homepage_url' in manifestFor(browser), `${browser}, ${JSON.stringify(value)}`).toBe(false);
      }
    }
  });

  it('is the https address KANBAO_HOMEPAGE_URL gives, in both manifests', () => {
    process.env.KANBAO_HOMEPAGE_URL = 'https://kanbao.test/zh/';
    expect(manifestFor('chrome').homepage_url).toBe('https://kanbao.test/zh/');
    expect(manifestFor('firefox').homepage_url).toBe('https://kanbao.test/zh/');
  });

  it('refuses an address that is not https, or not an address', () => {
    for (const bad of ['http://kanbao.test/', 'kanbao.test', 'ftp://kanbao.test/', 'https://user:pw@kanbao.test/', 'javascript:alert(1)']) {
      expect(() => homepageField(bad), bad).toThrow(/KANBAO_HOMEPAGE_URL/);
    }
    process.env.KANBAO_HOMEPAGE_URL = 'http://kanbao.test/';
    expect(() => manifestFor('chrome')).toThrow(/https/);
  });
});

describe('author', () => {
  it("is Firefox's as a name, and left out of Chrome's", () => {
    delete process.env.KANBAO_HOMEPAGE_URL;
    expect(manifestFor('firefox').author).toBe(AUTHOR);
    expect(AUTHOR).toMatch(/\S/);
    expect('author' in manifestFor('chrome')).toBe(false);
  });
});
