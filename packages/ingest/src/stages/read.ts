// Stage 1: articles in. Files (.txt, .md, .html, .jsonl), directories (recursive) and stdin
// (`-`), in any encoding encoding.ts recognizes. Only regular files are read: a FIFO or device
// would block the read forever. One bad file or line is a per-item error with a clear reason;
// it never stops the rest.
import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type ArticleMeta, ArticleMetaSchema, JsonlArticleSchema } from '@shabaka/model';
import { decodeText } from '../encoding.ts';
import { declaredCharset, readHtml } from '../html.ts';

export interface ReadArticle {
  /** The path, `stdin`, or `path:line` for a JSONL line. */
  source: string;
  text: string;
  meta: ArticleMeta;
  /**
   * The stored article this text is (re-extraction from the graph): an extraction that gives it
   * another id is refused, since its offsets would not fit the stored text.
   */
  storedId?: string;
}

export interface ReadError {
  source: string;
  error: string;
}

export type ReadItem = ReadArticle | ReadError;

export interface ReadOptions {
  /** Largest file or line read, in bytes; default 2 MB. */
  maxBytes?: number;
  stdin?: AsyncIterable<Buffer | string>;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl']);

export function isReadError(item: ReadItem): item is ReadError {
  return 'error' in item;
}

export async function* readArticles(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { source: path, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listArticleFiles(path)) yield* readFileItems(file, maxBytes);
    } else {
      yield* readFileItems(path, maxBytes);
    }
  }
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listArticleFiles(path)));
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

async function* readFileItems(path: string, maxBytes: number): AsyncGenerator<ReadItem> {
  const extension = extname(path).toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(extension)) {
    yield {
      source: path,
      error: `unsupported file type "${extension || 'none'}" (use .txt, .md, .html or .jsonl)`,
    };
    return;
  }
  const info = await stat(path);
  if (!info.isFile()) {
    yield {
      source: path,
      error: `not a regular file: ${fileKind(info)}, whose read could wait forever (pipe it into \`-\` instead)`,
    };
    return;
  }
  const size = info.size;
  if (size > maxBytes && extension !== '.jsonl') {
    yield {
      source: path,
      error: `too large: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit`,
    };
    return;
  }
  const bytes = await readFile(path);
  const isHtml = extension === '.html' || extension === '.htm';
  const decoded = decodeText(bytes, isHtml ? declaredCharset(bytes) : undefined);
  if ('error' in decoded) yield { source: path, error: decoded.error };
  else if (extension === '.jsonl') yield* jsonlItems(path, decoded.text, maxBytes);
  else yield articleFrom(path, decoded.text, extension);
}

function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'it is a named pipe (FIFO)';
  if (info.isSocket()) return 'it is a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'it is a device';
  return 'it is not a file';
}

function articleFrom(source: string, raw: string, extension: string): ReadItem {
  let text = raw;
  let meta: ArticleMeta = {};
  if (extension === '.html' || extension === '.htm') ({ text, meta } = readHtml(raw));
  else if (extension === '.md' || extension === '.markdown') ({ text, meta } = readMarkdown(raw));
  if (text.trim() === '') return { source, error: 'empty: no article text' };
  return { source, text, meta };
}

async function* readStdin(stdin: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<ReadItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const bytes = Buffer.concat(chunks);
  const decoded = decodeText(bytes);
  if ('error' in decoded) {
    yield { source: 'stdin', error: decoded.error };
    return;
  }
  if (decoded.text.trimStart().startsWith('{')) {
    yield* jsonlItems('stdin', decoded.text, maxBytes);
    return;
  }
  if (bytes.length > maxBytes) {
    yield {
      source: 'stdin',
      error: `too large: ${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit`,
    };
    return;
  }
  yield articleFrom('stdin', decoded.text, '.txt');
}

function* jsonlItems(path: string, text: string, maxBytes: number): Generator<ReadItem> {
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const source = `${path}:${i + 1}`;
    if (line.trim() === '') continue;
    if (Buffer.byteLength(line) > maxBytes) {
      yield { source, error: `too large: the line is over the ${formatBytes(maxBytes)} limit` };
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      yield { source, error: `not JSON: ${(error as Error).message}` };
      continue;
    }
    const parsed = JsonlArticleSchema.safeParse(json);
    if (!parsed.success) {
      yield {
        source,
        error: `not an article: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'} ${x.message}`).join('; ')}`,
      };
      continue;
    }
    const { text, id, ...rest } = parsed.data;
    if (text.trim() === '') {
      yield { source, error: 'empty: no article text' };
      continue;
    }
    const meta = ArticleMetaSchema.parse({ ...rest, ...(id === undefined ? {} : { sourceId: String(id) }) });
    yield { source, text, meta };
  }
}

/** Markdown to plain text: headings, emphasis, links and images lose their syntax. */
function readMarkdown(raw: string): { text: string; meta: ArticleMeta } {
  const heading = /^#\s+(.+)$/m.exec(raw)?.[1]?.trim();
  const text = raw
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__|\*|_|`)/g, '');
  return { text, meta: heading ? { title: heading } : {} };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
