import PART1 from '../../data/glossary/part-1.json';
import PART2 from '../../data/glossary/part-2.json';
import PART3 from '../../data/glossary/part-3.json';
import { createGlossary, type Glossary } from './glossary';
import type { GlossaryEntry } from './types';

// The data files are checked against GlossaryEntry by tests/data/glossary.test.ts; JSON imports
// are typed loosely, hence the cast.
const ENTRIES = [...PART1, ...PART2, ...PART3] as unknown as GlossaryEntry[];

let built: Glossary | null = null;

/** The glossary shipped with Kanbao, indexed on first use. Import it only where a page needs it
 * (the background, the command line): the data is the bulk of this module. */
export function builtinGlossary(): Glossary {
  built ??= createGlossary(ENTRIES);
  return built;
}
