/**
 * The settings in browser storage: the one synced document every preference is read from
 * (loaded, saved, watched, or kept live for a page), and the per-site state this device
 * remembers beside it.
 */
export { getSettings, loadSettings, saveSettings, SYNC_FAILED_KEY, updateSettings, type SaveResult } from './document-store';
export { LEGACY_KEYS } from './legacy';
export { chunkString, reassemble, SETTINGS_KEY } from './sync-chunks';
export { openLiveSettings, watchSettings, type LiveSettings } from './watch';
export { DEFAULT_SIDEBAR_WIDTH, lastScriptChoice, rememberScriptChoice, scriptChoiceBySite, sidebarOpenOn, sidebarWidth } from './device-state';
export { followPermissions, grantedPatterns, groupAccess, siteAccess, switchGroup, switchSite } from './permissions';
