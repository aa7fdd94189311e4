import { beforeAll } from 'vitest';
import { findPeople } from '@/lib/core/analysis/people';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

/**
 * jieba started once for a test file, and findPeople's result read as the people tests compare it:
 * `run` gives the whole result, `people` `name:post` (empty post when none), `bracketed` `name[post]`
 * (empty brackets when none), `names` the names alone, `postOf` one person's post (null when none or
 * not found), `orgs` the organisations' names as findPeople lists them, `orgsInOrder` the same names
 * in page order of their first mention. Call at the top of a file (it registers a beforeAll).
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
    bracketed: (text: string) => run(text).people.map((p) => `${p.name}[${p.title ?? ''}]`),
    names: (text: string) => run(text).people.map((p) => p.name),
    postOf: (text: string, name: string) => run(text).people.find((p) => p.name === name)?.title ?? null,
    orgs: (text: string) => run(text).organisations.map((o) => o.name),
    orgsInOrder: (text: string) =>
      run(text).organisations
        .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
        .map((o) => o.name),
  };
}
