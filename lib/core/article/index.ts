/**
 * What an article is: URL rules, page classification, and the article's lines, bylines,
 * datelines and sources read from plain text. Pure.
 */
export { detect, gateByUrl, wantsGeneric, type DomSignals } from './detect';
export { frontPageUrl, genericVerdict, type GenericRecord } from './generic-signals';
export { bylineNames, creditLineAuthors, isCaptionText, isEditorLine, isNoiseLine, isTitleRepeat, mayHoldEditorLine } from './lines';
export { isPrintLine, parseDateline, parsePrintEdition, parseSource } from './meta';
export { authorLineNames, closingCreditAuthors, datelineAuthors, parseCredits, pushUnique } from './names';
export { articleFromText } from './text-article';
export { classifyUrl, type UrlVerdict } from './url-rules';
export { articleShapedUrl } from './url-shapes';
export { accountAliases, isWechatArticleUrl, outletOfAccount, peopleAppOutlet, peopleAppPage, WECHAT_HOST, type NamedOutlet } from './wechat';
