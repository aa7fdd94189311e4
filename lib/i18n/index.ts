/**
 * Interface strings: `t` over the browser's i18n, the one `Translate` type and the message keys,
 * and `translatorFor` to build a `Translate` from a messages.json without a browser.
 */
export { t, translatorFor, uiLanguage, type MessageKey, type MessagesFile, type Translate } from './t';
