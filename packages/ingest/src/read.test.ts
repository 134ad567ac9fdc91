import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('reports empty, binary, non-UTF-8 and oversized files as per-item errors and goes on', async () => {
    const root = dir({
      '1-empty.txt': '',
      '2-binary.txt': Buffer.from([0x61, 0x00, 0x62]),
      '3-latin1.txt': Buffer.from([0xe9, 0x74, 0xe9]),
      '4-big.txt': 'ا'.repeat(3000),
      '5-good.txt': 'خبر سليم',
    });
    const items = await all([root, join(root, 'missing.txt')], { maxBytes: 4000 });
    expect(items.map((i) => (isReadError(i) ? i.error.split(':')[0] : 'ok'))).toEqual([
      'empty',
      'binary',
      'not UTF-8',
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
