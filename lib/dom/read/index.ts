/**
 * Reading a page: detect whether it is an article, then read its title, metadata and body
 * paragraphs (site templates first, the generic reader otherwise). DOM in, Article out.
 */
export { analyzePage, analyzePageSteps, type PageAnalysis } from './analyze-page';
export { readArticleSteps, type ArticleRead } from './article';
export { detectPage } from './detect-page';
