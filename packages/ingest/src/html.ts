// Article body and metadata of an HTML page: Readability finds the body, meta tags give the
// title, date, outlet and address. Paragraph breaks survive as blank lines.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '@shabaka/model';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { parseHTML } from 'linkedom';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlNode = Pick<HtmlDocument, 'querySelectorAll'>;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

function metaContent(document: HtmlDocument, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function blockText(root: HtmlNode): string {
  const blocks = [...root.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.join('\n\n');
}

/**
 * The charset a page declares (a BOM or `<meta charset>` in its first 1024 bytes, as browsers
 * read it), or undefined when it declares none or only UTF-8, which the reader tries first anyway.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const encoding = sniffHtmlEncoding(bytes, { defaultEncoding: 'UTF-8' });
  return encoding === 'UTF-8' ? undefined : encoding;
}

export function readHtml(html: string): { text: string; meta: ArticleMeta } {
  const { document } = parseHTML(html);
  const meta: ArticleMeta = {};
  const title =
    metaContent(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    document.querySelector('title')?.textContent?.trim();
  const outlet = metaContent(document, 'meta[property="og:site_name"]', 'meta[name="publisher"]');
  const publishedAt =
    metaContent(
      document,
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
    ) ?? document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const url =
    metaContent(document, 'meta[property="og:url"]') ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (publishedAt) meta.publishedAt = publishedAt;
  if (url) meta.url = url;
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  if (lang) meta.language = lang;

  const article = new Readability(document as never, { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) text = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document);
  if (!text && article?.textContent) text = article.textContent.trim();
  if (!text) text = blockText(parseHTML(html).document) || (document.body?.textContent ?? '').trim();
  return { text, meta };
}
