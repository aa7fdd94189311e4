/**
 * The one field reader behind every way a settings document arrives (storage, sync, an imported
 * file, an edit about to be saved). It reads into defaults and records each problem instead of
 * throwing, so the caller decides: a stored document keeps its good fields, an import with any
 * problem is refused whole.
 */
export interface Problem {
  /** Where, as a dotted path (`conversion.rules.example.com`). */
  path: string;
  /** What was expected there, in English, for the message and the console. */
  expected: string;
}

export type Obj = Record<string, unknown>;
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
export const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads fields into a default document; every problem is recorded and the default kept. */
export class Reader {
  readonly problems: Problem[] = [];
  readonly unknown: string[] = [];

  bad(path: string, expected: string): void {
    this.problems.push({ path, expected });
  }

  obj(x: unknown, path: string, known: readonly string[]): Obj | null {
    if (x === undefined) return null;
    if (!isObj(x)) {
      this.bad(path, 'an object');
      return null;
    }
    for (const k of Object.keys(x)) if (!known.includes(k)) this.unknown.push(join(path, k));
    return x;
  }

  pick<T>(o: Obj | null, key: string, path: string, ok: (v: unknown) => v is T, expected: string, fallback: T): T {
    const v = o?.[key];
    if (v === undefined) return fallback;
    if (ok(v)) return v;
    this.bad(join(path, key), expected);
    return fallback;
  }

  list<T>(o: Obj | null, key: string, path: string, max: number, item: (v: unknown, p: string) => T | null): T[] {
    const v = o?.[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.bad(join(path, key), 'a list');
      return [];
    }
    if (v.length > max) {
      this.bad(join(path, key), `at most ${max} entries`);
      return [];
    }
    const out: T[] = [];
    v.forEach((x, i) => {
      const r = item(x, join(join(path, key), i));
      if (r !== null) out.push(r);
    });
    return out;
  }
}

export const oneOf = <T>(values: readonly T[]) => (v: unknown): v is T => (values as readonly unknown[]).includes(v);
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
