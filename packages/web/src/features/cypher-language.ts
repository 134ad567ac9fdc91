// Cypher for CodeMirror 6: highlighting from @codemirror/legacy-modes, completion of the
// database's own labels, relationship types and property keys (from /api/schema), and
// bidi isolation of string literals so an Arabic name never reorders the code around it.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { type Range, RangeSetBuilder } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  Direction,
  EditorView,
  ViewPlugin,
  type ViewUpdate,
} from '@codemirror/view';
import type { SchemaResponse } from '@shabaka/model';
import { textDirection } from '../core/text.ts';

export const cypherLanguage = StreamLanguage.define(cypher);

const KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'DISTINCT',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'CONTAINS',
  'STARTS WITH',
  'ENDS WITH',
  'IS NULL',
  'IS NOT NULL',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'count',
  'collect',
  'shortestPath',
  'allShortestPaths',
  'coalesce',
  'labels',
  'type',
  'properties',
  'size',
  'toLower',
  'date',
];

export type CompletionKind = 'label' | 'type' | 'property' | 'keyword';

/** What the word before the cursor names: `(p:Per` a label, `[r:HOL` a type, `p.na` or `{na` a property. */
export function completionKind(before: string): CompletionKind {
  if (/\.\w*$/.test(before)) return 'property';
  if (/[{,]\s*\w*$/.test(before) && openBracket(before) === '{') return 'property';
  if (/:\s*\w*$/.test(before) || /\|\s*:?\w*$/.test(before))
    return openBracket(before) === '[' ? 'type' : 'label';
  return 'keyword';
}

/** The innermost bracket still open at the end of `text`, ignoring string literals. */
function openBracket(text: string): string | null {
  const stack: string[] = [];
  const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let quote: string | null = null;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') stack.push(char);
    else if (closing[char] && stack.at(-1) === closing[char]) stack.pop();
  }
  return stack.at(-1) ?? null;
}

export function schemaCompletions(schema: () => SchemaResponse | null) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/\w*$/);
    if (!word) return null;
    const before = context.state.sliceDoc(Math.max(0, context.pos - 2000), context.pos);
    const kind = completionKind(before);
    if (kind === 'keyword' && word.from === word.to && !context.explicit) return null;
    const known = schema();
    const options: Completion[] =
      kind === 'label'
        ? (known?.labels ?? []).map((l) => ({ label: l.label, type: 'class', detail: `${l.count} nodes` }))
        : kind === 'type'
          ? (known?.relationshipTypes ?? []).map((t) => ({
              label: t.type,
              type: 'type',
              detail: `${t.count} edges`,
            }))
          : kind === 'property'
            ? (known?.propertyKeys ?? []).map((key) => ({ label: key, type: 'property' }))
            : KEYWORDS.map((keyword) => ({ label: keyword, type: 'keyword' }));
    return { from: word.from, options, validFor: /^\w*$/ };
  };
}

const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

function isolates(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    const text = view.state.sliceDoc(from, to);
    const marks: Range<Decoration>[] = [];
    for (const match of text.matchAll(STRING_LITERAL)) {
      const start = from + match.index;
      const dir = textDirection(match[0]);
      const mark = Decoration.mark({
        bidiIsolate: dir === 'rtl' ? Direction.RTL : Direction.LTR,
        attributes: { dir },
        class: 'cm-string-isolate',
      });
      marks.push(mark.range(start, start + match[0].length));
    }
    for (const mark of marks) builder.add(mark.from, mark.to, mark.value);
  }
  return builder.finish();
}

/** Keeps every string literal a bidi isolate of its own direction. */
export const stringIsolates = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = isolates(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = isolates(update.view);
    }
  },
  {
    provide: (plugin) => [
      EditorView.decorations.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
      EditorView.bidiIsolatedRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
    ],
  },
);
