import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool } from './extract-pool.ts';
import { extractArticle } from './pipeline.ts';
import { VALLEY_REPORT } from './test-articles.ts';

const pool = new ExtractPool(2);
afterAll(() => pool.close());

describe('the extraction pool', () => {
  it('extracts in worker threads what the main thread extracts', async () => {
    const input = { text: VALLEY_REPORT.text, meta: { outlet: 'نشرة السهل' } };
    expect(await pool.extract(input)).toEqual(extractArticle(input));
  });

  it('answers every article, and says why it refused one', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `${VALLEY_REPORT.text} (${i})`);
    const ids = (await Promise.all(texts.map((text) => pool.extract({ text })))).map((x) => x.article.id);
    expect(new Set(ids).size).toBe(6);
    await expect(pool.extract({ text: '   ' })).rejects.toThrow('the article is empty');
  });
});
