/**
 * The settings document: its shape and defaults, what it means for a page, the edits the UI
 * makes, phrase overrides, reading and migrating stored documents, and the export file. Pure:
 * no storage here (browser glue lives in lib/settings).
 */
export { accessPatterns, ANY_PAGE, chosenHere, groupsGranted, readsOnLoad, grantedSite, releasable, setGroup, userSiteOf, wantedPatterns } from './access';
export {
  ACCESS_GROUPS, DEFAULT_TARGETS, defaultSettings, KINDS, LIMITS, SETTINGS_FORMAT, TARGETS, TRADITIONAL_VARIANTS,
  type AccessGroup, type DefaultTarget, type Kind, type Quotes, type Settings, type SidebarLayout, type Target, type TraditionalVariant,
} from './document';
export {
  addUserSite, checkNewSite, checkOverride, removeUserSite, setLibraryPaused, setRecordingEnabled, setRule, setSiteEnabled, type AddSiteError, type OverrideError,
} from './edits';
export type { Problem } from './field-reader';
export { applyOverrides } from './overrides';
export { validateSettings } from './read-document';
export { annotationEnabled, automaticTarget, likelyTargets, recordingBlock, ruleFor, traditionalFor } from './site-rules';
export { readStoredSettings, toStored } from './stored';
// The host forms the settings are written in (user sites, rules), for the options page's checks.
export { hostPattern, normaliseHost } from '../sites';
export { exportSettings, importSettings, type ImportError } from './transfer';
