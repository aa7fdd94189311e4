/**
 * The local library's pure side: the record of one article (built from the `--json` document),
 * its canonical key, merging on revisit, search in either script, mention buckets, figure
 * series, the export document's check and the CSV tables. Strings in, values out.
 */
export { articleKey } from './key';
export { recordFromDocument } from './record';
export { mergeArticle } from './merge';
export { foldQuery, matchQuery, searchText } from './search';
export { articleDate } from './dates';
export { bucketMentions } from './buckets';
export { figureSeries, measuresKey } from './series';
export { IMPORT_LIMITS, validateExport } from './validate';
export { ARTICLE_COLUMNS, articlesCsv, FIGURE_COLUMNS, figuresCsv, PEOPLE_COLUMNS, peopleCsv, PROGRAM_COLUMNS, programsCsv } from './csv';
export * from './types';
