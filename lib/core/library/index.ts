/**
 * The local library's pure side: the record of one article (built from the `--json` document),
 * its canonical key, merging on revisit, search in either script, mention buckets, figure
 * series, the export document's check and the CSV tables. Strings in, values out.
 */
export { articleKey } from './key';
export { recordFromDocument } from './record';
export { mergeArticle } from './merge';
export { foldQuery, matchQuery, searchText } from './search';
export { bucketMentions } from './buckets';
export { figureSeries } from './series';
export { validateExport } from './validate';
export { articlesCsv, figuresCsv, programsCsv, peopleCsv } from './csv';
export * from './types';
