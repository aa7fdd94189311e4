import type { Located, SidebarModel } from './model';

/** Every item of the model that points into the text, by id (for the glue's activation). */
export function locate(m: SidebarModel, id: string): Located | null {
  const a = m.analysis;
  const all: Located[] = [...m.figures, ...(a ? [...a.people, ...a.organisations, ...a.places, ...a.keywords, ...a.summary] : [])];
  return all.find((x) => x.id === id) ?? null;
}

export type StepKind = 'figure' | 'program';

/** The ids of one kind in page order: what next/previous step through. */
export function idsInPageOrder(m: SidebarModel, kind: StepKind): string[] {
  if (kind === 'figure') return m.figures.map((f) => f.id);
  const mentions = m.programs.flatMap((k) => k.groups.flatMap((g) => g.ids.map((id, i) => ({ id, start: g.starts[i]! }))));
  return mentions.sort((a, b) => a.start - b.start).map((x) => x.id);
}

/** Which stepping kind an id belongs to, if any. */
export function stepKindOf(m: SidebarModel, id: string | null): StepKind | null {
  if (id === null) return null;
  if (m.figures.some((f) => f.id === id)) return 'figure';
  if (m.programs.some((k) => k.groups.some((g) => g.ids.includes(id)))) return 'program';
  return null;
}

/**
 * The next (dir 1) or previous (dir -1) id of a kind in page order, wrapping around; from
 * nothing (or an id of another kind), next is the first and previous the last.
 */
export function stepId(m: SidebarModel, kind: StepKind, from: string | null, dir: 1 | -1): string | null {
  const ids = idsInPageOrder(m, kind);
  if (ids.length === 0) return null;
  const at = from === null ? -1 : ids.indexOf(from);
  if (at < 0) return dir === 1 ? ids[0]! : ids[ids.length - 1]!;
  return ids[(at + dir + ids.length) % ids.length]!;
}
