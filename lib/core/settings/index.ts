/**
 * The settings document: its shape and defaults, per-site rules, overrides, migrations and
 * import/export. Pure: no storage here (browser glue lives in lib/settings).
 */
export { addUserSite, annotationEnabled, applyOverrides, automaticTarget, checkNewSite, checkOverride, DEFAULT_TARGETS, defaultSettings, exportSettings, hostPattern, importSettings, KINDS, LIMITS, normaliseHost, readStoredSettings, removeUserSite, ruleFor, setRule, setSiteEnabled, TARGETS, toStored, TRADITIONAL_VARIANTS, traditionalFor, validateSettings, type AddSiteError, type DefaultTarget, type ImportError, type Kind, type Override, type OverrideError, type Problem, type Quotes, type Settings, type SidebarLayout, type Target, type TraditionalVariant } from './schema';
export { siteKey } from './script-choice';
