import type { AccessGroup } from './document';

/**
 * Stand-in for the field registry's `groupMatchPatterns` until lib/core/sites offers it: a few
 * hosts per group, so the permission plumbing can be built and tested against the same names.
 * Hosts: each outlet's own site (southcn.com: 南方网, the Guangdong paper group's portal; dahe.cn:
 * 大河网, Henan; cnr.cn: 央广网; ce.cn: 中国经济网).
 */
type FieldGroup = Exclude<AccessGroup, 'any'>;
const HOSTS: Record<FieldGroup, string[]> = {
  central: ['cnr.cn', 'ce.cn'],
  local: ['southcn.com', 'dahe.cn'],
  government: ['gov.cn'],
};

export function groupMatchPatterns(group: FieldGroup): string[] {
  return HOSTS[group].map((h) => `*://*.${h}/*`);
}
