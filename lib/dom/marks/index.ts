/**
 * Highlights on the page: plan spans onto text nodes, render `<kanbao-mark>` elements, remove
 * them exactly, and the tooltip that explains a mark.
 */
export { annotateArticle, type Annotated, type AnnotateOptions } from './annotate-article';
export { prepareGroundwork, type Groundwork } from './groundwork';
