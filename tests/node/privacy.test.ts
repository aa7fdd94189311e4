import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { HOST_MATCHES } from '@/lib/core/sites';

/**
 * PRIVACY.md lists every permission Kanbao asks for, with why. It must stay true as the manifest
 * changes: the permissions named in its table are exactly the manifests' API permissions, and its
 * description of site access matches the hosts the manifests ask for.
 */
const policy = readFileSync('PRIVACY.md', 'utf8');
const section = policy.slice(policy.indexOf('## Permissions'), policy.indexOf('## Questions'));
/** The `name`s in the first column of the permissions table. */
const listed = new Set([...section.matchAll(/^\| (?:optional: )?[^|]*?`([a-zA-Z]+)`[^|]*\|/gm)].map((m) => m[1]!));

type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[]; optional_permissions?: string[] };
const manifestFor = (manifestVersion: 2 | 3) =>
  (config.manifest as (env: { manifestVersion: 2 | 3 }) => Manifest)({ manifestVersion });

describe('PRIVACY.md', () => {
  for (const version of [3, 2] as const) {
    it(`names exactly the API permissions of the MV${version} manifest`, () => {
      const m = manifestFor(version);
      const api = (m.permissions ?? []).filter((p) => !p.includes('://'));
      for (const p of api) expect(listed, `${p} is in the manifest but not in PRIVACY.md`).toContain(p);
      // Chrome-only permissions are marked so in the table.
      for (const p of listed) {
        if (api.includes(p)) continue;
        expect(version, `${p} is in PRIVACY.md but not in the MV${version} manifest`).toBe(2);
        expect(section).toMatch(new RegExp(`\`${p}\` \\(Chrome only\\)`));
      }
    });
    it(`says how the MV${version} manifest's site access is used`, () => {
      const m = manifestFor(version);
      const hosts = [...(m.host_permissions ?? []), ...(m.permissions ?? []).filter((p) => p.includes('://'))];
      expect(new Set(hosts)).toEqual(new Set(HOST_MATCHES));
      const optional = [...(m.optional_host_permissions ?? []), ...(m.optional_permissions ?? [])];
      // The only optional grant is per site or group, up to all sites: the table's "optional:" row.
      expect(optional).toEqual(['*://*/*']);
      expect(section).toMatch(/\| optional: the sites of a group, one site, or all sites \|/);
    });
  }
  it('is linked from the README', () => {
    expect(readFileSync('README.md', 'utf8')).toMatch(/\]\(PRIVACY\.md\)/);
  });
});
