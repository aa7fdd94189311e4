import { readFileSync } from 'node:fs';
import { resolveConfig, type UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import config, { MINIMUM_CHROME_VERSION, MINIMUM_FIREFOX_VERSION } from '../../wxt.config';

/**
 * The minimum browser versions the stores read: Chrome's `minimum_chrome_version` in the MV3 manifest,
 * Firefox's `gecko.strict_min_version` in the MV2 one, each no lower than what the code needs, and
 * the reasons in docs/store/REVIEW.md naming the same numbers.
 */
type Manifest = {
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
};
const manifestFor = (browser: 'chrome' | 'firefox', manifestVersion: 2 | 3) =>
  (config.manifest as (env: { browser: string; manifestVersion: 2 | 3 }) => Manifest)({ browser, manifestVersion });

/** The browser versions of the syntax target the bundles are built for (Vite's default unless the config sets one). */
async function buildTarget(): Promise<{ chrome: number; firefox: number }> {
  const ours = (config.vite as (env: unknown) => UserConfig)({ mode: 'production', command: 'build', browser: 'chrome', manifestVersion: 3 });
  expect(ours.build?.target, 'wxt.config.ts sets its own build target: update the minimums and this test').toBeUndefined();
  const resolved = await resolveConfig({ configFile: false, logLevel: 'silent' }, 'build');
  const targets = [resolved.build.target].flat().map(String);
  const version = (name: string) => {
    const t = targets.find((x) => x.startsWith(name));
    if (!t) throw new Error(`no ${name} in Vite's build target ${targets.join(', ')}`);
    return Number(t.slice(name.length));
  };
  return { chrome: version('chrome'), firefox: version('firefox') };
}

const review = readFileSync('docs/store/REVIEW.md', 'utf8');
const major = (v: string) => Number(v.split('.')[0]);

describe('minimum browser versions', () => {
  it("Chrome's MV3 manifest declares minimum_chrome_version, and Firefox's settings stay out of it", () => {
    const m = manifestFor('chrome', 3);
    expect(m.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
    expect(m.minimum_chrome_version).toMatch(/^\d+$/);
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it("Firefox's MV2 manifest declares gecko strict_min_version with the data collection declaration, and no Chrome minimum", () => {
    const m = manifestFor('firefox', 2);
    expect(m.browser_specific_settings?.gecko?.strict_min_version).toBe(MINIMUM_FIREFOX_VERSION);
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.browser_specific_settings?.gecko?.id).toBe('kanbao@kanbao.app');
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('neither minimum is below the syntax target of the bundles', async () => {
    const target = await buildTarget();
    expect(Number(MINIMUM_CHROME_VERSION)).toBeGreaterThanOrEqual(target.chrome);
    expect(major(MINIMUM_FIREFOX_VERSION)).toBeGreaterThanOrEqual(target.firefox);
  });

  it('Firefox is at least 142, where Firefox for Android reads data_collection_permissions', () => {
    expect(major(MINIMUM_FIREFOX_VERSION)).toBeGreaterThanOrEqual(142);
  });

  it('docs/store/REVIEW.md gives the same two versions', () => {
    expect(review).toContain(`**Chrome ${MINIMUM_CHROME_VERSION}** (\`minimum_chrome_version\`)`);
    expect(review).toContain(`**Firefox ${major(MINIMUM_FIREFOX_VERSION)}** (\`browser_specific_settings.gecko.strict_min_version\``);
  });
});
