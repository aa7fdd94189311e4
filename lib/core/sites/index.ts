/**
 * The outlets Kanbao knows and their hosts: one list for the manifest, the detector and the
 * settings, and the one place a host becomes a site or a per-site key.
 */
export { HOST_MATCHES, SITES } from './sites';
export { hostPattern, hostUnder, isHost, MAX_HOST_LENGTH, normaliseHost, siteKey, siteKeyOfUrl, webUrl } from './hosts';
export { siteOf, type HostSuffix } from './site-of';
export { groupMatchPatterns, groupOf, OUTLETS, outletById, outletOf, type FieldGroup } from './registry';
export { PROVINCES, type Outlet, type OutletKind } from './field';
