// The reader-stage fixtures must stay what their README says they are, or the reader's tests
// would pass for the wrong reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixtures.ts';

const inputs = join(REPO_ROOT, 'packages', 'ingest', 'fixtures', 'inputs');
const read = (file: string) => readFileSync(join(inputs, file));

describe('reader input fixtures', () => {
  it('news-page.html carries the meta tags and the story inside <article>', () => {
    const html = read('news-page.html').toString('utf8');
    expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
    expect(html).toMatch(/<meta property="og:site_name" content="شبكة الشمال الإخباري">/);
    expect(html).toMatch(/<meta property="article:published_time" content="2023-06-18T09:42:00\+03:00">/);
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(article).toContain('رامز الشيخ');
    expect(article).not.toContain('ربطة الخبز');
  });

  it('articles.jsonl has three valid records and one broken line, the third', () => {
    const lines = read('articles.jsonl').toString('utf8').trimEnd().split('\n');
    const parses = lines.map((line) => {
      try {
        return typeof JSON.parse(line).text === 'string';
      } catch {
        return false;
      }
    });
    expect(parses).toEqual([true, true, false, true]);
  });

  it('empty.txt is empty and windows-1256.txt is not valid UTF-8', () => {
    expect(read('empty.txt').length).toBe(0);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(read('windows-1256.txt'))).toThrow();
    expect(new TextDecoder('windows-1256').decode(read('windows-1256.txt'))).toContain('فرع الأمن العسكري');
  });

  it('english-article.txt is English', () => {
    expect(read('english-article.txt').toString('utf8')).toMatch(/^Syrian Kurdish-led forces/);
  });
});
