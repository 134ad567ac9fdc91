// Which rows a token can set off, derived once from the rows' declared trigger lists (as spaCy's
// matchers index their patterns by first token): a token tries only the rows one of whose lists
// holds a reading of it, and every row that declares no list. Rows keep their order.
import type { Token } from '../text/tokens.ts';

const MEMO_LIMIT = 100_000;

/** A hand-written matcher class's trigger lists, by method. */
export type Triggers = Record<string, readonly ReadonlySet<string>[]>;

export class TriggerIndex<Row> {
  /** Positions of the rows each word key (a reading of a token) triggers. */
  private readonly byKey = new Map<string, number[]>();
  private readonly everywhere: number[] = [];
  /** The rows of a token by its key: a token's readings follow from its key alone. */
  private readonly memo = new Map<string, readonly Row[]>();

  constructor(
    private readonly rows: readonly Row[],
    triggersOf: (row: Row) => readonly ReadonlySet<string>[] | undefined,
  ) {
    rows.forEach((row, at) => {
      const triggers = triggersOf(row);
      if (!triggers) {
        this.everywhere.push(at);
        return;
      }
      for (const list of triggers) {
        for (const key of list) {
          const positions = this.byKey.get(key) ?? [];
          if (positions.at(-1) !== at) positions.push(at);
          this.byKey.set(key, positions);
        }
      }
    });
  }

  /** The rows to try at a token, in their declared order. */
  rowsAt(token: Token): readonly Row[] {
    let rows = this.memo.get(token.key);
    if (!rows) {
      const positions = new Set(this.everywhere);
      for (const stem of token.stems) for (const at of this.byKey.get(stem.key) ?? []) positions.add(at);
      rows = [...positions].sort((a, b) => a - b).map((at) => this.rows[at]!);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(token.key, rows);
    }
    return rows;
  }
}
