/**
 * Dates and times: calendar points, ranges, relative days and clock times, as spans.
 */
export { findDates, type DateSpan } from './find-dates';
