/**
 * The glossary of formulations: what `“两个确立”` or `“三严三实”` means, what it enumerates, since
 * when and where it was first stated. Pure: entries in, lookups out. The shipped data is reached
 * through `builtinGlossary`, which only the background and the command line import — never the
 * detector that runs on every page.
 */
export { builtinGlossary } from './builtin';
export { cardOf, createGlossary, withGlossary, type Glossary } from './glossary';
export { glossaryKey } from './key';
export type { GlossaryCard, GlossaryEntry } from './types';
export { glossLanguage, sourceLine } from './words';
