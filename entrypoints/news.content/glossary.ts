import type { GlossaryCard } from '@/lib/core/glossary';
import type { ProgramSpan } from '@/lib/core/extract';
import { traditionalFor, type TraditionalVariant } from '@/lib/core/settings';
import type { Script } from '@/lib/core/types';
import type { PageController } from '@/lib/dom/page-controller';
import {
  type ConvertTarget, type GlossaryRequest, MAX_GLOSSARY_NAME, MAX_GLOSSARY_NAMES, parseGlossaryReply, type ScriptTarget,
} from '@/lib/messaging';
import type { LiveSettings } from '@/lib/settings';

/**
 * The glossary's cards for the formulations on the page. The data stays in the background: once
 * an annotation has landed (and again when the reader converts the script, or the page is read
 * and marked again), the annotator asks with the names it marked and hands the cards to the
 * controller, which gives them to the tooltip and, through the annotation, to the sidebar. The
 * annotation never waits for them.
 */

/** The script the reader sees: the conversion's, else the article's own (a Traditional page in the reader's variant). */
export function scriptShown(converted: ScriptTarget, script: Script | null, variant: TraditionalVariant, languages: readonly string[]): ConvertTarget {
  if (converted !== 'original') return converted;
  return script === 'traditional' || script === 'mixed' ? traditionalFor(variant, languages) : 'simplified';
}

/** The distinct names worth asking about, in page order (a name too long for any entry is a document title). */
export function namesToAsk(programs: readonly ProgramSpan[]): string[] {
  const names = new Set<string>();
  for (const p of programs) if (p.name.length <= MAX_GLOSSARY_NAME) names.add(p.name);
  return [...names].slice(0, MAX_GLOSSARY_NAMES);
}

/** Follows the controller's changes and asks when the annotation or the script shown changed; returns the stop. */
export function followGlossary(
  controller: PageController,
  live: LiveSettings,
  send: (m: GlossaryRequest) => Promise<unknown>,
  languages: readonly string[] = navigator.languages ?? [],
): () => void {
  let asked: { annotation: object; script: ConvertTarget } | null = null;
  const check = () => {
    const annotation = controller.annotation;
    if (!annotation) return;
    const names = namesToAsk(annotation.extraction.programs);
    if (names.length === 0) return;
    const script = scriptShown(controller.state().converted, controller.read?.article.script ?? null, live.current.conversion.traditional, languages);
    if (asked?.annotation === annotation && asked.script === script) return;
    const mine = (asked = { annotation, script });
    send({ type: 'kanbao/glossary', names, script })
      .then((raw) => {
        // A newer annotation or script asked again: its answer is the one to keep.
        if (asked !== mine) return;
        const reply = parseGlossaryReply(raw, names.length);
        if (!reply) throw new Error('the glossary did not answer');
        const byName = (list: readonly (GlossaryCard | null)[]) => {
          const out = new Map<string, GlossaryCard>();
          list.forEach((c, i) => c && out.set(names[i]!, c));
          return out;
        };
        const cards = byName(reply.cards);
        controller.setGlossary(cards, reply.sources ? byName(reply.sources) : cards);
      })
      .catch((e: unknown) => console.warn('[kanbao] glossary failed', e));
  };
  const stop = controller.onChange(check);
  check();
  return stop;
}

type Annotation = NonNullable<PageController['annotation']>;
type Glossed = Pick<Annotation, 'extraction' | 'items'>;

/**
 * The annotation with each program span carrying its card (`glossary`, as in the command line's
 * document): the cards as shown, for the sidebar's model, or as the glossary writes them
 * (`sources`), for the JSON export, which must equal the command line's document. A new object
 * only when the annotation or the cards change, so the sidebar rebuilds only then.
 */
export function glossedAnnotation(controller: PageController, which: 'shown' | 'sources' = 'shown'): () => Glossed | null {
  let memo: { from: Annotation; cards: ReadonlyMap<string, GlossaryCard>; out: Glossed } | null = null;
  return () => {
    const from = controller.annotation;
    if (!from) return null;
    const cards = which === 'shown' ? controller.glossary : controller.glossarySources;
    if (cards.size === 0) return from;
    if (memo?.from !== from || memo.cards !== cards) {
      const programs = from.extraction.programs.map((p) => {
        const card = cards.get(p.name);
        return card ? { ...p, glossary: card } : p;
      });
      memo = { from, cards, out: { extraction: { ...from.extraction, programs }, items: from.items } };
    }
    return memo.out;
  };
}
