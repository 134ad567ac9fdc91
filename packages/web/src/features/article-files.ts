// Articles an editor brings in from the browser: pasted text, or .txt, .html and .jsonl files
// read here (never fetched from a URL). Each becomes a draft with its metadata; a JSONL line that
// is not an article becomes a draft that says why, so one bad line never hides the others.
import { type IngestPreviewRequest, JsonlArticleSchema } from '@shabaka/model';

export type ArticleMetaFields = Omit<IngestPreviewRequest, 'text'>;

export interface Draft {
  /** Where it came from: "pasted text", a file name, or `file:line` */
  source: string;
  article?: IngestPreviewRequest;
  /** why the source is not an article */
  problem?: string;
}

const META_KEYS = ['url', 'title', 'outlet', 'publishedAt'] as const;

/** The draft's own metadata win; the form's fill in what it lacks. Blank fields count as unset. */
export function withDefaults(
  article: IngestPreviewRequest,
  defaults: ArticleMetaFields,
): IngestPreviewRequest {
  const merged: IngestPreviewRequest = { text: article.text };
  for (const key of META_KEYS) {
    const value = (article[key] ?? '').trim() || (defaults[key] ?? '').trim();
    if (value) merged[key] = value;
  }
  return merged;
}

export function readJsonl(name: string, content: string): Draft[] {
  const drafts: Draft[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const source = `${name}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      drafts.push({ source, problem: 'not JSON' });
      return;
    }
    const parsed = JsonlArticleSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`);
      drafts.push({ source, problem: `not an article: ${issues.join('; ')}` });
      return;
    }
    const { id: _sourceId, ...article } = parsed.data;
    drafts.push(
      article.text.trim() ? { source, article: withDefaults(article, {}) } : { source, problem: 'no text' },
    );
  });
  return drafts;
}

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';
const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote';

/** A saved web page: its article's paragraphs, and the metadata the page declares about itself. */
export function readHtml(name: string, content: string): Draft {
  const doc = new DOMParser().parseFromString(content, 'text/html');
  const meta = (selector: string) =>
    doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = meta('meta[property="og:title"]') ?? (doc.title.trim() || undefined);
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    meta('meta[property="og:url"]');
  for (const element of doc.querySelectorAll(CHROME)) element.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const blocks = [...(root?.querySelectorAll(BLOCKS) ?? [])]
    .filter((b) => !b.querySelector(BLOCKS))
    .map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join('\n\n') : (root?.textContent ?? '').trim();
  if (!text) return { source: name, problem: 'no article text in the page' };
  const article = {
    text,
    url: url && /^https?:/i.test(url) ? url : undefined,
    title,
    outlet: meta('meta[property="og:site_name"]'),
    publishedAt: meta('meta[property="article:published_time"]'),
  };
  return { source: name, article: withDefaults(article, {}) };
}

export function readArticleFile(name: string, content: string): Draft[] {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl')) return readJsonl(name, content);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return [readHtml(name, content)];
  if (lower.endsWith('.txt'))
    return [
      content.trim() ? { source: name, article: { text: content } } : { source: name, problem: 'empty file' },
    ];
  return [{ source: name, problem: 'not a .txt, .html or .jsonl file' }];
}
