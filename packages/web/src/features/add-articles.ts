// Articles in from the browser (editor role): paste a text or pick .txt, .html and .jsonl files,
// give the outlet, title, date and address, see what the extractor reads in each (people, roles,
// relations, each with its sentence), then write the batch with its progress shown. What was
// written opens on the canvas. Nothing is fetched from the address: it is the article's metadata.
import type { IngestPreviewRequest, IngestPreviewResponse } from '@shabaka/model';
import { ApiError, describeError } from '../core/api.ts';
import type { Core } from '../core/core.ts';
import { closeButton, dialog, fill, h, modal } from '../core/dom.ts';
import { type ArticleMetaFields, type Draft, readArticleFile, withDefaults } from './article-files.ts';
import { extractionView } from './extraction-view.ts';

type Status = 'read' | 'previewed' | 'written' | 'failed';

interface Entry {
  draft: Draft;
  status: Status;
  /** the request previewed, and so the one written */
  request?: IngestPreviewRequest;
  preview?: IngestPreviewResponse;
  message?: string;
}

const PASTED = 'pasted text';

/** The written articles' entities and the claims read from them. */
const ARTICLES_GRAPH = `MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids
WITH DISTINCT e
OPTIONAL MATCH (e)-[c]->(o) WHERE c.article IN $ids
RETURN e, c, o`;

export function registerAddArticles(core: Core): void {
  const overlay = h('div', { class: 'overlay add-articles-overlay', hidden: true });
  document.body.append(overlay);
  let entries: Entry[] = [];
  let selected: Entry | null = null;
  let busy = false;

  const field = (name: keyof ArticleMetaFields, label: string, type: string) =>
    h('input', { name, type, 'aria-label': label, dir: 'auto', 'data-testid': `add-${name}` });
  const fields = {
    outlet: field('outlet', 'Outlet', 'text'),
    title: field('title', 'Title', 'text'),
    publishedAt: field('publishedAt', 'Date', 'date'),
    url: field('url', 'Address (URL)', 'url'),
  };
  const metadata = (): ArticleMetaFields =>
    Object.fromEntries(Object.entries(fields).map(([key, input]) => [key, input.value.trim()]));
  const text = h('textarea', {
    rows: 7,
    dir: 'auto',
    'aria-label': 'Article text',
    placeholder: 'Paste the article’s text (Arabic or English)',
    'data-testid': 'add-text',
  });
  const files = h('input', {
    type: 'file',
    multiple: true,
    accept: '.txt,.html,.htm,.jsonl',
    'aria-label': 'Article files',
    'data-testid': 'add-files',
  });
  const list = h('ol', { class: 'add-list', 'data-testid': 'add-list' });
  const preview = h('section', {
    class: 'add-preview',
    'aria-label': 'Preview',
    'data-testid': 'add-preview',
  });
  const progress = h('progress', { max: 1, value: 0, hidden: true, 'data-testid': 'add-progress' });
  const status = h('p', { class: 'run-status', role: 'status', 'data-testid': 'add-status' });
  const previewButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => void previewPasted() },
    'Preview',
  );
  const writeButton = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      disabled: true,
      'data-testid': 'add-write',
      onclick: () => void write(),
    },
    'Write to the graph',
  );

  const previewed = () => entries.filter((e) => e.status === 'previewed');
  const render = () => {
    fill(
      list,
      ...entries.map((entry) =>
        h(
          'li',
          { class: `add-entry ${entry.status}`, 'aria-current': entry === selected ? 'true' : undefined },
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                selected = entry;
                render();
              },
            },
            h('bdi', {}, entry.request?.title ?? entry.draft.source),
          ),
          ` · ${entry.draft.source} · `,
          h('span', { class: 'add-entry-status' }, entryStatus(entry)),
        ),
      ),
    );
    fill(
      preview,
      selected?.preview ? extractionView(selected.preview, core.labelLanguage()) : null,
      selected?.status === 'failed' ? h('p', { class: 'error' }, selected.message ?? '') : null,
    );
    const ready = previewed().length;
    writeButton.disabled = busy || ready === 0;
    writeButton.textContent = ready > 1 ? `Write ${ready} articles to the graph` : 'Write to the graph';
    previewButton.disabled = busy;
  };

  const showProgress = (done: number, total: number, what: string) => {
    progress.hidden = false;
    progress.max = total;
    progress.value = done;
    status.textContent = `${what} ${done} of ${total}.`;
  };

  const previewAll = async (batch: Entry[]) => {
    busy = true;
    render();
    const readable = batch.filter((e) => e.draft.article);
    for (const [index, entry] of readable.entries()) {
      showProgress(index, readable.length, 'Previewed');
      entry.request = withDefaults(entry.draft.article!, metadata());
      try {
        entry.preview = await core.api.previewArticle(entry.request);
        entry.status = 'previewed';
      } catch (error) {
        entry.status = 'failed';
        entry.message = describeError(error);
      }
      render();
    }
    showProgress(readable.length, readable.length, 'Previewed');
    busy = false;
    selected = batch.find((e) => e.preview) ?? batch[0] ?? selected;
    render();
  };

  const add = (drafts: Draft[]) => {
    const added = drafts.map(
      (draft): Entry =>
        draft.article ? { draft, status: 'read' } : { draft, status: 'failed', message: draft.problem ?? '' },
    );
    entries = [...entries.filter((e) => e.status !== 'written'), ...added];
    return added;
  };

  const previewPasted = async () => {
    if (!text.value.trim()) {
      status.textContent = 'Paste a text first, or choose files.';
      return;
    }
    entries = entries.filter((e) => e.draft.source !== PASTED);
    await previewAll(add([{ source: PASTED, article: { text: text.value } }]));
  };

  files.addEventListener('change', async () => {
    const chosen = [...(files.files ?? [])];
    const drafts = (
      await Promise.all(chosen.map(async (f) => readArticleFile(f.name, await f.text())))
    ).flat();
    files.value = '';
    await previewAll(add(drafts));
  });

  const write = async () => {
    const batch = previewed();
    busy = true;
    render();
    const written: IngestPreviewResponse[] = [];
    for (const [index, entry] of batch.entries()) {
      showProgress(index, batch.length, 'Written');
      try {
        await core.api.ingestArticle(entry.request!);
        entry.status = 'written';
        written.push(entry.preview!);
      } catch (error) {
        entry.status = 'failed';
        entry.message = refusal(error);
        selected = entry;
        render();
        // A reader's key is refused for every article alike: stop at the first.
        if (error instanceof ApiError && error.status === 403) break;
      }
      render();
    }
    busy = false;
    showProgress(written.length, batch.length, 'Written');
    render();
    if (written.length === 0) return;
    await openOnCanvas(written);
    if (written.length === batch.length) close();
  };

  const openOnCanvas = async (written: IngestPreviewResponse[]) => {
    const ids = written.map((w) => w.article.id);
    const result = await core.attempt('add-articles', () =>
      core.api.cypher({ query: ARTICLES_GRAPH, params: { ids } }),
    );
    if (!result) return;
    core.mergeGraph(result.graph);
    core.setView('graph');
    const firstPerson = written.flatMap((w) => w.extraction.persons)[0]?.name;
    const person = result.graph.nodes.find((n) => n.data.label === 'Person' && n.data.name === firstPerson);
    if (person) core.selectNode(person.data.id);
    const claims = written.reduce((sum, w) => sum + w.planned.claims, 0);
    core.say({
      kind: 'info',
      source: 'add-articles',
      text: `Wrote ${written.length} article${written.length === 1 ? '' : 's'} (${claims} claims); they are on the canvas.`,
    });
  };

  const { open, close } = modal(overlay);

  overlay.append(
    dialog(
      'article-view add-articles',
      'add-articles-title',
      'add-articles',
      h('header', {}, h('h2', { id: 'add-articles-title' }, 'Add articles'), closeButton('Close', close)),
      h(
        'p',
        { class: 'hint' },
        'Paste a text or choose .txt, .html or .jsonl files. The address is kept as the article’s link, never fetched. Metadata below fill in what a file does not say.',
      ),
      h(
        'div',
        { class: 'add-fields' },
        ...Object.values(fields).map((input) =>
          h('label', { class: 'field' }, `${input.getAttribute('aria-label')} `, input),
        ),
      ),
      text,
      h('div', { class: 'actions' }, previewButton, h('label', { class: 'field' }, 'Files ', files)),
      list,
      preview,
      h('div', { class: 'actions' }, writeButton, progress),
      status,
    ),
  );

  core.regions.header.append(
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'add-articles-button',
        onclick: () => {
          open();
          render();
          text.focus();
        },
      },
      'Add articles…',
    ),
  );
}

function entryStatus(entry: Entry): string {
  if (entry.status === 'previewed' && entry.preview) {
    const { persons, roles, relations } = entry.preview.extraction;
    return `${persons.length} people, ${roles.length} roles, ${relations.length} relations: ready to write`;
  }
  if (entry.status === 'written') return 'written';
  if (entry.status === 'failed') return entry.message ?? 'failed';
  return 'reading…';
}

/** A reader's refusal says how to become an editor. */
function refusal(error: unknown): string {
  const text = describeError(error);
  return error instanceof ApiError && error.status === 403
    ? `${text} Writing needs an editor key: enter one with “API key…”.`
    : text;
}
