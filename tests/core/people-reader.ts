import { beforeAll } from 'vitest';
import { findPeople } from '@/lib/core/analysis/people';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

/**
 * jieba started once for a test file, and findPeople's result read as the people tests compare it:
 * `people` gives `name:post` (empty post when none), `names` the names alone, `postOf` one person's
 * post (null when none or not found), `orgs` the organisations' names. Call at the top of a file (it
 * registers a beforeAll).
 */
export function peopleReader() {
  let segmenter: Segmenter;
  beforeAll(async () => {
    segmenter = await createNodeSegmenter();
  });
  const run = (text: string) => findPeople(text, segmenter.tag(text));
  return {
    run,
    people: (text: string) => run(text).people.map((p) => `${p.name}:${p.title ?? ''}`),
    names: (text: string) => run(text).people.map((p) => p.name),
    postOf: (text: string, name: string) => run(text).people.find((p) => p.name === name)?.title ?? null,
    orgs: (text: string) => run(text).organisations.map((o) => o.name),
  };
}
