// Types of field-score.mjs for the tests that check it.
export function bigrams(text: string): Map<string, number>;
export function bigramF1(got: string, truth: string): number;
export function dateDigits(value: string | null | undefined): string | null;
export function dateRight(got: string | null | undefined, truth: string): boolean;
