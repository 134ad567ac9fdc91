// The Cypher editor: CodeMirror 6 with highlighting, schema completion, a JSON parameters
// panel, and Ctrl/Cmd+Enter to run.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { SchemaResponse } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { h } from '../core/dom.ts';
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
    if (query.trim() === '') return true;
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
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [schemaCompletions(() => schema)], activateOnTyping: true }),
        stringIsolates,
        EditorView.perLineTextDirection.of(true),
        EditorView.lineWrapping,
        placeholder('MATCH (p:Person)-[r:HOLDS_ROLE]->(o) RETURN p, r, o'),
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
  core.on('query-started', () => runButton.setAttribute('aria-busy', 'true'));
  core.on('query-finished', () => runButton.removeAttribute('aria-busy'));

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
      h('div', { class: 'actions' }, runButton, h('span', { class: 'hint' }, 'Ctrl/Cmd+Enter runs')),
    ),
  );
  core.editor = {
    text: () => view.state.doc.toString(),
    params: () => paramsBox.value,
  };
}
