/**
 * Dates and times: calendar points, ranges, relative days, clock times and lunar dates, as spans.
 */
export { findDates, type DateSpan } from './find-dates';
export { lunarName } from './lunar';
