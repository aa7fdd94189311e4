/**
 * The field registry's data: central media, local media and government portals, each list in id
 * order, and the shape they share.
 */
export { CENTRAL } from './central';
export { GOVERNMENT } from './government';
export { LOCAL } from './provinces';
export { PROVINCES, type Outlet, type OutletKind } from './types';
