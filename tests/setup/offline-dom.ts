/**
 * happy-dom settings for every DOM the tests build: the vitest environment (vitest.config.ts) and
 * each `new Window(...)` a test makes itself. Saved news pages link stylesheets, scripts, frames
 * and images on their real hosts; with these settings happy-dom loads none of them, reports each
 * as loaded (so `load` listeners run as on a page whose resources arrived), and never navigates.
 * Scripts are not evaluated either (happy-dom's default, written out so it cannot drift).
 */
export const OFFLINE_DOM_SETTINGS = {
  enableJavaScriptEvaluation: false,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  enableImageFileLoading: false,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
  },
} as const;
