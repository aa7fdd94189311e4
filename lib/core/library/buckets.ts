import type { BucketUnit, DatedMentions, MentionBucket } from './types';

/** Mentions per week or month, oldest first. Implemented in a following commit. */
export function bucketMentions(dates: readonly DatedMentions[], unit: BucketUnit): MentionBucket[] {
  throw new Error(`not yet: ${dates.length} ${unit}`);
}
