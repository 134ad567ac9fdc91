// Undo and redo as two stacks of whole states: a step is recorded just before a change, with the
// state it changes; undoing hands back that state and keeps the present one for redo.

export class UndoStack<T> {
  private readonly past: T[] = [];
  private readonly future: T[] = [];

  constructor(private readonly limit = 50) {}

  /** Records the state a change is about to leave; a new change forgets what could be redone. */
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future.length = 0;
  }

  /** The state before the last change, keeping `present` for redo; undefined when none is left. */
  undo(present: T): T | undefined {
    const before = this.past.pop();
    if (before !== undefined) this.future.push(present);
    return before;
  }

  /** The state the last undo left, keeping `present` for undo. */
  redo(present: T): T | undefined {
    const after = this.future.pop();
    if (after !== undefined) this.past.push(present);
    return after;
  }

  canUndo(): boolean {
    return this.past.length > 0;
  }

  canRedo(): boolean {
    return this.future.length > 0;
  }
}
