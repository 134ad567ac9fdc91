import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isReadError, type ReadItem, readArticles } from './read.ts';

async function all(paths: string[], options = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readArticles(paths, options)) out.push(item);
  return out;
}

function dir(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'shabaka-read-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

describe('readArticles', () => {
  it('reads a directory recursively: text, markdown, html and jsonl, and ignores other files', async () => {
    const root = dir({
      'a.txt': 'قال المصدر إن التنظيم انسحب.',
      'notes.json': '{}',
      'sub/b.md': '# عنوان المقال\n\nنص **المقال** مع [رابط](http://x).',
      'sub/c.html': `<html lang="ar"><head><title>t</title><meta property="og:title" content="عنوان الصفحة">
        <meta property="og:site_name" content="عنب بلدي"><meta property="article:published_time" content="2021-03-04">
        </head><body><nav>القائمة الرئيسية</nav><article><p>${'فقرة أولى من المقال الطويل عن الأحداث. '.repeat(8)}</p>
        <p>فقرة ثانية عن الاعتقالات.</p></article></body></html>`,
      'sub/d.jsonl': `${JSON.stringify({ id: 7, text: 'نص أول', outlet: 'رويترز' })}\n\nnot json\n${JSON.stringify({ title: 'x' })}\n`,
    });
    const items = await all([root]);
    const sources = items.map((i) => i.source.slice(root.length + 1));
    expect(sources).toEqual([
      'a.txt',
      'sub/b.md',
      'sub/c.html',
      'sub/d.jsonl:1',
      'sub/d.jsonl:3',
      'sub/d.jsonl:4',
    ]);
    const [txt, md, html, line1, line3, line4] = items;
    expect(txt).toMatchObject({ text: 'قال المصدر إن التنظيم انسحب.' });
    expect(md).toMatchObject({
      text: expect.stringContaining('نص المقال مع رابط.'),
      meta: { title: 'عنوان المقال' },
    });
    expect(html).toMatchObject({
      meta: { title: 'عنوان الصفحة', outlet: 'عنب بلدي', publishedAt: '2021-03-04' },
    });
    expect(isReadError(html!) ? '' : html!.text).toMatch(/فقرة أولى[\s\S]*\n\nفقرة ثانية/);
    expect(isReadError(html!) ? '' : html!.text).not.toContain('القائمة');
    expect(line1).toEqual({
      source: expect.any(String),
      text: 'نص أول',
      meta: { outlet: 'رويترز', sourceId: '7' },
    });
    expect(line3).toMatchObject({ error: expect.stringContaining('not JSON') });
    expect(line4).toMatchObject({ error: expect.stringContaining('text') });
  });

  it("reports a JSONL line whose url is not http(s) as that line's error", async () => {
    const root = dir({
      'a.jsonl': `${JSON.stringify({ text: 'خبر قصير', url: 'javascript:alert(1)' })}\n${JSON.stringify({ text: 'خبر آخر', url: 'https://example.org/a' })}\n`,
    });
    const [bad, good] = await all([root]);
    expect(bad).toMatchObject({
      error: expect.stringContaining('url must be an http:// or https:// address'),
    });
    expect(good).toMatchObject({ meta: { url: 'https://example.org/a' } });
  });

  it('reports empty, binary and oversized files as per-item errors and goes on', async () => {
    const root = dir({
      '1-empty.txt': '',
      '2-binary.txt': Buffer.from([0x61, 0x00, 0x62]),
      '3-image.txt': Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49,
      ]),
      '4-big.txt': 'ا'.repeat(3000),
      '5-good.txt': 'خبر سليم',
    });
    const items = await all([root, join(root, 'missing.txt')], { maxBytes: 4000 });
    expect(items.map((i) => (isReadError(i) ? i.error.split(':')[0] : 'ok'))).toEqual([
      'empty',
      'binary',
      'binary',
      'too large',
      'ok',
      'cannot read',
    ]);
  });

  it('reads stdin as one article, or as JSON lines when it starts with {', async () => {
    const stdin = (s: string) =>
      (async function* () {
        yield Buffer.from(s);
      })();
    expect(await all(['-'], { stdin: stdin('خبر من المدخل') })).toEqual([
      { source: 'stdin', text: 'خبر من المدخل', meta: {} },
    ]);
    const lines = await all(['-'], {
      stdin: stdin(`${JSON.stringify({ text: 'أ' })}\n${JSON.stringify({ text: 'ب' })}`),
    });
    expect(lines.map((l) => l.source)).toEqual(['stdin:1', 'stdin:2']);
  });
});

// Articles from older Arabic archives: windows-1256, ISO-8859-6 and UTF-16 files, and HTML pages
// that declare their charset. The files are encoded here, with iconv-lite, from sentences
// written for this test.
const REPORT = [
  'أفاد مراسلنا أن قافلة مساعدات وصلت إلى البلدة صباح الثلاثاء بعد انتظار طويل.',
  'وقال رئيس المجلس المحلي إن توزيع الطحين سيبدأ غداً في المدارس الثلاث.',
].join('\n');
const SHORT = 'خبر عاجل';

const encoded = (text: string, encoding: string) => iconv.encode(text, encoding);
const withBom = (text: string, encoding: string) => iconv.encode(text, encoding, { addBOM: true });

async function textOf(name: string, bytes: Buffer): Promise<string> {
  const [item] = await all([`${dir({ [name]: bytes })}/${name}`]);
  if (!item || isReadError(item))
    throw new Error(`not read: ${item && isReadError(item) ? item.error : name}`);
  return item.text;
}

describe('readArticles in the encodings of Arabic archives', () => {
  it.each([
    ['windows-1256', encoded(REPORT, 'windows-1256')],
    ['ISO-8859-6', encoded(REPORT, 'iso-8859-6')],
    ['UTF-16LE with a BOM', withBom(REPORT, 'utf-16le')],
    ['UTF-16BE with a BOM', withBom(REPORT, 'utf-16be')],
    ['UTF-16LE without a BOM', encoded(REPORT, 'utf-16le')],
    ['UTF-16BE without a BOM', encoded(REPORT, 'utf-16be')],
    ['UTF-8 with a BOM', withBom(REPORT, 'utf-8')],
  ])('reads a file in %s as its text', async (_name, bytes) => {
    expect(await textOf('report.txt', bytes)).toBe(REPORT);
  });

  it('reads two words in windows-1256, too short for a detector to name', async () => {
    expect(await textOf('short.txt', encoded(SHORT, 'windows-1256'))).toBe(SHORT);
  });

  it('reads a French file in ISO-8859-1 as its text, for the language check to refuse', async () => {
    const french = "L'armée a annoncé mardi l'arrestation du chef de la cellule près de la frontière.";
    expect(await textOf('french.txt', encoded(french, 'latin1'))).toBe(french);
  });

  it('reads JSON lines in UTF-16', async () => {
    const line = JSON.stringify({ text: REPORT, outlet: 'نشرة البلدة' });
    const [item] = await all([`${dir({ 'a.jsonl': withBom(line, 'utf-16le') })}/a.jsonl`]);
    expect(item).toMatchObject({ text: REPORT, meta: { outlet: 'نشرة البلدة' } });
  });

  it('reads an HTML page in the charset it declares', async () => {
    const body = `<p>${REPORT.split('\n')[0]}</p><p>${REPORT.split('\n')[1]}</p>`;
    const page = (head: string) =>
      `<html lang="ar"><head>${head}<title>قافلة المساعدات</title></head><body><article>${body}</article></body></html>`;
    for (const head of [
      '<meta charset="windows-1256">',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
    ]) {
      const [item] = await all([`${dir({ 'page.html': encoded(page(head), 'windows-1256') })}/page.html`]);
      expect(item).toMatchObject({ meta: { title: 'قافلة المساعدات' } });
      expect(isReadError(item!) ? '' : item!.text).toContain('توزيع الطحين');
    }
    // Converted to UTF-8 but still declaring windows-1256, as re-saved pages often do.
    const converted = Buffer.from(page('<meta charset="windows-1256">'));
    const [item] = await all([`${dir({ 'converted.html': converted })}/converted.html`]);
    expect(item).toMatchObject({ meta: { title: 'قافلة المساعدات' } });
  });

  it('refuses a UTF-8 file damaged by one byte, naming it, instead of reading it in a code page', async () => {
    const before = Buffer.from('خبر عاجل من ');
    const damaged = Buffer.concat([before, Buffer.from([0xff]), Buffer.from(REPORT)]);
    const [item] = await all([`${dir({ 'damaged.txt': damaged })}/damaged.txt`]);
    expect(item).toMatchObject({
      error: `not UTF-8: the byte at offset ${before.length} is not valid UTF-8, though the rest of the file is`,
    });
  });

  it('refuses bytes that are no text in any encoding, saying so', async () => {
    const noise = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256));
    const [item] = await all([`${dir({ 'noise.txt': noise })}/noise.txt`]);
    expect(item).toMatchObject({ error: expect.stringMatching(/^binary: /) });
  });

  it('reads stdin in windows-1256', async () => {
    const stdin = (async function* () {
      yield encoded(REPORT, 'windows-1256');
    })();
    expect(await all(['-'], { stdin })).toEqual([{ source: 'stdin', text: REPORT, meta: {} }]);
  });
});

describe('readArticles on files that are not regular', () => {
  it('skips a FIFO in a folder with its reason and refuses one named on the command line', async () => {
    const root = dir({ 'b.txt': SHORT });
    execFileSync('mkfifo', [`${root}/a.txt`]);
    const items = await all([root, `${root}/a.txt`]);
    expect(items.map((i) => [i.source.slice(root.length + 1), isReadError(i) ? i.error : 'ok'])).toEqual([
      ['a.txt', expect.stringMatching(/^not a regular file: it is a named pipe \(FIFO\)/)],
      ['b.txt', 'ok'],
      ['a.txt', expect.stringMatching(/^not a regular file/)],
    ]);
  });
});
