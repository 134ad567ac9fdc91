// The Cypher editor: CodeMirror 6 with highlighting, schema completion, a JSON parameters
// panel, and Ctrl/Cmd+Enter to run. It tells what a run did: rows and time, Neo4j's warnings,
// a syntax error marked where Neo4j found it; a running query can be cancelled.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { diagnosticCount, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { nameKey, type SchemaResponse } from '@shabaka/model';
import { ApiError, describeError } from '../core/api.ts';
import type { Core, QueryOutcome } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';
import { cypherLanguage, schemaCompletions, stringIsolates } from './cypher-language.ts';

/** Parses the parameters panel; an empty panel is no parameters. */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { error: 'Parameters must be a JSON object, such as {"name": "أبو نجم"}.' };
    }
    return { params: value as Record<string, unknown> };
  } catch (error) {
    return { error: `Parameters are not valid JSON: ${(error as Error).message}` };
  }
}

export function formatParams(params: Record<string, unknown>): string {
  return Object.keys(params).length === 0 ? '' : JSON.stringify(params, null, 2);
}

/**
 * Every string of the parameters folded as names are stored in `key` (hamza and alef forms,
 * taa marbuta, diacritics, tatweel): `{"name": "أبو نجم"}` → `{"name": "ابو نجم"}`, so that
 * `WHERE p.key CONTAINS $name` finds every spelling.
 */
export function foldParams(params: unknown): unknown {
  if (typeof params === 'string') return nameKey(params);
  if (Array.isArray(params)) return params.map(foldParams);
  if (params !== null && typeof params === 'object')
    return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, foldParams(v)]));
  return params;
}

/** Where Neo4j found the error, as an offset into the query, if it said. */
export function errorOffset(error: unknown, length: number): number | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const offset = (error.details as { position?: { offset?: unknown } } | undefined)?.position?.offset;
  return typeof offset === 'number' && offset >= 0 ? Math.min(offset, length) : undefined;
}

/** What a finished run did, in a line: rows and time, or how it ended. */
export function outcomeLine(outcome: QueryOutcome): string {
  if (outcome.status === 'ok')
    return `${outcome.rows} ${outcome.rows === 1 ? 'row' : 'rows'} in ${outcome.ms} ms`;
  if (outcome.status === 'cancelled') return `Cancelled after ${outcome.ms} ms`;
  return `Failed after ${outcome.ms} ms`;
}

export function registerEditor(core: Core): void {
  let schema: SchemaResponse | null = null;
  void core.attempt('schema', async () => {
    schema = await core.api.schema();
  });

  const run = () => {
    const parsed = parseParams(paramsBox.value);
    if ('error' in parsed) {
      core.say({ kind: 'error', source: 'query', text: parsed.error });
      paramsBox.focus();
      return true;
    }
    const query = view.state.doc.toString();
    if (query.trim() === '') {
      core.say({
        kind: 'info',
        source: 'query',
        text: 'Write a Cypher query first, or pick one of the example questions.',
      });
      view.focus();
      return true;
    }
    void core.runQuery(query, parsed.params);
    return true;
  };

  // Cypher reads left to right even in a right-to-left interface; Arabic lines still get their own direction
  const host = h('div', { class: 'editor', dir: 'ltr', 'data-testid': 'cypher-editor' });
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: '',
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        closeBrackets(),
        cypherLanguage,
        EditorView.updateListener.of((update) => {
          // An error mark is for the text it was found in: editing clears it (after this update).
          if (update.docChanged && diagnosticCount(update.state) > 0)
            queueMicrotask(() => update.view.dispatch(setDiagnostics(update.view.state, [])));
        }),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [schemaCompletions(() => schema)], activateOnTyping: true }),
        stringIsolates,
        EditorView.perLineTextDirection.of(true),
        EditorView.lineWrapping,
        placeholder('Write a Cypher query here, or pick an example question below'),
        lintGutter(),
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'aria-multiline': 'true' }),
        keymap.of([
          { key: 'Mod-Enter', run, preventDefault: true },
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...historyKeymap,
          ...defaultKeymap,
        ]),
      ],
    }),
  });

  const paramsBox = h('textarea', {
    class: 'params',
    id: 'params',
    rows: 3,
    spellcheck: 'false',
    dir: 'auto',
    placeholder: '{"name": "أبو نجم"}',
    'aria-label': 'Query parameters as JSON',
  });
  paramsBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  const runButton = h(
    'button',
    { type: 'button', class: 'primary', title: 'Run (Ctrl/Cmd+Enter)', onclick: run },
    'Run',
  );
  const cancelButton = h(
    'button',
    { type: 'button', hidden: true, 'data-testid': 'cancel-query', onclick: () => core.cancelQuery() },
    'Cancel',
  );
  const foldButton = h(
    'button',
    {
      type: 'button',
      class: 'link',
      title: 'Fold the Arabic spelling of every parameter text as stored names are in `key`',
      onclick: () => {
        const parsed = parseParams(paramsBox.value);
        if ('params' in parsed)
          paramsBox.value = formatParams(foldParams(parsed.params) as Record<string, unknown>);
      },
    },
    'Fold spelling',
  );
  const status = h('div', { class: 'run-status', role: 'status', 'data-testid': 'run-status' });
  core.on('query-started', () => {
    runButton.setAttribute('aria-busy', 'true');
    cancelButton.hidden = false;
    fill(status, 'Running…');
  });
  let finished: QueryOutcome | undefined;
  core.on('query-finished', (outcome) => {
    finished = outcome;
    runButton.removeAttribute('aria-busy');
    cancelButton.hidden = true;
    fill(status, outcomeLine(outcome));
    if (outcome.status === 'failed') markError(outcome.query, outcome.error);
  });
  core.on('query-result', ({ result: { summary } }) => {
    const notes = summary.notifications.map((n) =>
      h('li', { class: 'notification', 'data-code': n.code }, h('strong', {}, n.title), ` ${n.description}`),
    );
    fill(
      status,
      `${finished ? outcomeLine(finished) : ''}${summary.truncated ? ', cut at the row limit' : ''}; ${summary.timeMs} ms on the database`,
      notes.length > 0
        ? h('ul', { class: 'notifications', 'aria-label': 'Warnings from Neo4j' }, ...notes)
        : '',
    );
  });
  /** Marks the spot of a syntax error in the query it was found in, and puts the cursor there. */
  const markError = (query: string, error: unknown) => {
    const at = errorOffset(error, view.state.doc.length);
    if (at === undefined || view.state.doc.toString() !== query) return;
    const to = Math.min(view.state.doc.lineAt(at).to, at + 1);
    view.dispatch(
      setDiagnostics(view.state, [{ from: at, to, severity: 'error', message: describeError(error) }]),
      {
        selection: { anchor: at },
        scrollIntoView: true,
      },
    );
  };

  core.on('editor-load', ({ query, params, run: runNow }) => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: query } });
    paramsBox.value = formatParams(params);
    if (runNow) void core.runQuery(query, params);
  });

  core.regions.workbench.append(
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'editor-title' },
      h('h2', { id: 'editor-title' }, 'Cypher'),
      host,
      h('label', { class: 'params-label', for: 'params' }, 'Parameters (JSON)'),
      paramsBox,
      h(
        'div',
        { class: 'actions' },
        runButton,
        cancelButton,
        foldButton,
        h('span', { class: 'hint' }, 'Ctrl/Cmd+Enter runs'),
      ),
      status,
    ),
  );
  core.services.provide('editor', {
    text: () => view.state.doc.toString(),
    params: () => paramsBox.value,
  });
}
