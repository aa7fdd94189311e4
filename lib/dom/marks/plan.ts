import { snapToCodePoints } from '../../core/text';
import type { Interval } from './nest';
import { MARK_KINDS, type Annotation, type MarkKind } from './types';
import type { TextIndex } from './text-index';

/**
 * Everything needed to mark one page Text node, and to put it back exactly.
 * The original node is never mutated: rendering replaces it with new nodes, clearing puts the
 * very same object back. That is what makes clear() byte-exact without calling normalize(),
 * which would also merge adjacent text nodes the page had before we came.
 */
export interface NodeRecord {
  readonly original: Text;
  /**
   * Parent and text the intervals were computed on. If the page changes either before we mark
   * the node, we leave it alone. `data` follows in-place writes into our pieces that keep the
   * length (script conversion), so a re-render after a toggle shows the converted text.
   */
  readonly parent: Node;
  data: string;
  readonly intervals: Interval<Annotation>[];
  readonly kinds: ReadonlySet<MarkKind>;
  /** Top-level nodes currently standing in for `original`, or null when it is in place. */
  rendered: Node[] | null;
  /** Our marks inside `rendered`, in document order. */
  marks: Element[];
}

export interface Plan {
  /** In document (article) order. */
  records: NodeRecord[];
  /** Accepted annotations by id (the first one wins when ids repeat). */
  byId: Map<string, Annotation>;
  /** Ids that got no markable text (unmapped block, skipped text, bad offsets). */
  dropped: string[];
}

const KIND_SET = new Set<string>(MARK_KINDS);

function isValid(a: Annotation, textLength: number): boolean {
  return (
    typeof a.id === 'string' &&
    KIND_SET.has(a.kind) &&
    Number.isInteger(a.start) &&
    Number.isInteger(a.end) &&
    a.start >= 0 &&
    a.start < a.end &&
    a.end <= textLength
  );
}

/**
 * Maps annotations onto Text nodes. Incremental (`add` annotations, `collect` runs, then `plan`)
 * so a chunked run can yield between batches.
 */
export class MarkPlanner {
  private readonly byId = new Map<string, Annotation>();
  private readonly dropped: string[] = [];
  private readonly perNode = new Map<Text, Interval<Annotation>[]>();
  private readonly records: NodeRecord[] = [];

  constructor(
    private readonly index: TextIndex,
    private readonly textLength: number,
  ) {}

  add(ann: Annotation): void {
    if (!ann || this.byId.has(ann.id)) return; // a repeated id would nest a mark in itself
    if (!isValid(ann, this.textLength)) {
      if (typeof ann.id === 'string') this.dropped.push(ann.id);
      return;
    }
    this.byId.set(ann.id, ann);
    const slices = this.index.slice(ann.start, ann.end);
    if (slices.length === 0) this.dropped.push(ann.id);
    slices.forEach((s, i) => {
      const data = this.index.snapshot.get(s.ref) ?? s.ref.data;
      const [from, to] = snapToCodePoints(data, s.from, s.to);
      let list = this.perNode.get(s.ref);
      if (!list) this.perNode.set(s.ref, (list = []));
      list.push({ from, to, item: ann, first: i === 0 });
    });
  }

  get runCount(): number {
    return this.index.runs.length;
  }

  /**
   * Turns the mapped intervals of runs [from, to) into records. Call over consecutive ranges
   * (a chunked run does it in slices: a 200,000-character page has ~15,000 Text nodes), then `plan`.
   */
  collect(from: number, to: number): void {
    const runs = this.index.runs;
    for (let i = from; i < Math.min(to, runs.length); i++) {
      const ref = runs[i]!.ref;
      const intervals = this.perNode.get(ref);
      const parent = ref.parentNode;
      if (!intervals || !parent) continue;
      this.records.push({
        original: ref,
        parent,
        data: this.index.snapshot.get(ref) ?? ref.data,
        intervals,
        kinds: new Set(intervals.map((iv) => iv.item.kind)),
        rendered: null,
        marks: [],
      });
    }
  }

  plan(): Plan {
    return { records: this.records, byId: this.byId, dropped: this.dropped };
  }
}
