// Which rows a token can set off, derived once from the rows' declared trigger lists (as spaCy's
// matchers index their patterns by first token): a token tries only the rows one of whose lists
// holds a reading of it, and every row that declares no list. Rows keep their order.
import type { Token } from '../text/tokens.ts';

const MEMO_LIMIT = 100_000;

/** A hand-written matcher class's trigger lists, by method. */
export type Triggers = Record<string, readonly ReadonlySet<string>[]>;

export class TriggerIndex<Row> {
  private readonly everywhere: readonly Row[];
  /** For each word key some row's list holds: those rows and the rows without lists, in order. */
  private readonly withKey = new Map<string, readonly Row[]>();
  /** Tokens with several readings that trigger rows, by key (a token's readings follow from it). */
  private readonly merged = new Map<string, readonly Row[]>();

  constructor(
    private readonly rows: readonly Row[],
    triggersOf: (row: Row) => readonly ReadonlySet<string>[] | undefined,
  ) {
    const open: number[] = [];
    const byKey = new Map<string, Set<number>>();
    rows.forEach((row, at) => {
      const triggers = triggersOf(row);
      if (!triggers) open.push(at);
      for (const list of triggers ?? []) {
        for (const key of list) byKey.set(key, (byKey.get(key) ?? new Set()).add(at));
      }
    });
    this.everywhere = this.inOrder(open);
    for (const [key, positions] of byKey) this.withKey.set(key, this.inOrder([...open, ...positions]));
  }

  private inOrder(positions: Iterable<number>): Row[] {
    return [...new Set(positions)].sort((a, b) => a - b).map((at) => this.rows[at]!);
  }

  /** The rows to try at a token, in their declared order. */
  rowsAt(token: Token): readonly Row[] {
    // Most words trigger nothing, and most others through one reading: no allocation for either.
    let found: readonly Row[] | undefined;
    const stems = token.stems;
    for (let s = 0; s < stems.length; s++) {
      const rows = this.withKey.get(stems[s]!.key);
      if (!rows) continue;
      if (found) return this.mergedAt(token);
      found = rows;
    }
    return found ?? this.everywhere;
  }

  private mergedAt(token: Token): readonly Row[] {
    let rows = this.merged.get(token.key);
    if (!rows) {
      rows = this.inOrder(
        token.stems.flatMap((s) => this.withKey.get(s.key) ?? []).map((row) => this.rows.indexOf(row)),
      );
      if (this.merged.size >= MEMO_LIMIT) this.merged.clear();
      this.merged.set(token.key, rows);
    }
    return rows;
  }
}
