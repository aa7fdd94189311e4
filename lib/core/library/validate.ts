import type { ValidatedExport } from './types';

/** Checks an export document before anything is written. Implemented in a following commit. */
export function validateExport(json: unknown): ValidatedExport {
  throw new Error(`not yet: ${typeof json}`);
}
