import { describe, expect, it } from 'vitest';
import { UndoStack } from './undo-stack.ts';

describe('UndoStack', () => {
  it('undoes changes last first and redoes them in order', () => {
    const stack = new UndoStack<string>();
    stack.record('empty');
    stack.record('one node');
    expect(stack.undo('two nodes')).toBe('one node');
    expect(stack.undo('one node')).toBe('empty');
    expect(stack.canUndo()).toBe(false);
    expect(stack.undo('empty')).toBeUndefined();
    expect(stack.redo('empty')).toBe('one node');
    expect(stack.redo('one node')).toBe('two nodes');
    expect(stack.canRedo()).toBe(false);
  });

  it('forgets what could be redone once a new change is made', () => {
    const stack = new UndoStack<string>();
    stack.record('a');
    expect(stack.undo('b')).toBe('a');
    expect(stack.canRedo()).toBe(true);
    stack.record('a');
    expect(stack.canRedo()).toBe(false);
    expect(stack.redo('c')).toBeUndefined();
  });

  it('keeps only the latest steps up to its limit', () => {
    const stack = new UndoStack<number>(2);
    for (const state of [1, 2, 3]) stack.record(state);
    expect(stack.undo(4)).toBe(3);
    expect(stack.undo(3)).toBe(2);
    expect(stack.undo(2)).toBeUndefined();
  });
});
