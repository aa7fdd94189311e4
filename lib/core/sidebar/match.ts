import { foldToSimplified } from '../text';

/** Matching ignores case and script: 警情 finds 警情, and 平台 finds 平臺. */
export const normal = (s: string) => foldToSimplified(s.toLowerCase());
