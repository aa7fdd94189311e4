/**
 * The sidebar's view model and its exports (CSV, Markdown and the JSON document the command line
 * shares). Pure: extraction and analysis in, rows and strings out.
 */
export { buildDocument, documentJson } from './build-document';
export type { KanbaoDocument } from './document';
export { toCsv } from './export-csv';
export { toMarkdown } from './export-markdown';
export { convertModel } from './convert-model';
export { filterModel } from './filter';
export { articleFields, buildSidebarModel, sectionCounts, type ArticleInfo, type EntityRow, type FigureRow, type KeywordRow, type PersonRow, type ProgramGroup, type ProgramKindGroup, type SidebarModel, type SummaryRow } from './model';
export { locate, stepId, stepKindOf, type StepKind } from './navigation';
export { buildSelectionModel, filterSelection, SELECTION_KINDS, selectionCount, truncateText, type SelectionKind, type SelectionModel } from './selection';
