/**
 * The sidebar's view model and its exports (CSV, Markdown and the JSON document the command line
 * shares). Pure: extraction and analysis in, rows and strings out.
 */
export { buildDocument, documentJson } from './build-document';
export type { KanbaoDocument } from './document';
export { toCsv } from './export-csv';
export { toMarkdown } from './export-markdown';
export { articleFields, buildSelectionModel, buildSidebarModel, convertModel, filterModel, filterSelection, locate, sectionCounts, SELECTION_KINDS, selectionCount, stepId, stepKindOf, truncateText, type ArticleInfo, type EntityRow, type FigureRow, type KeywordRow, type PersonRow, type ProgramGroup, type ProgramKindGroup, type SelectionKind, type SelectionModel, type SidebarModel, type StepKind, type SummaryRow } from './model';
