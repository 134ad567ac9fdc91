// The article view: the whole text with every mention (by entity label) and every claim (by
// relationship type) highlighted; a claim can be brought into view.
import type { ArticleResponse, Claim } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { closeButton, dialog, h, sourceLink } from '../core/dom.ts';
import { segments, type Span } from '../core/spans.ts';
import { lookOf } from '../core/style.ts';
import { claimColor } from './claim-colors.ts';

type Mark = { kind: 'mention'; label: string; name: string } | { kind: 'claim'; claim: Claim };

export function articleMarks(article: ArticleResponse): Span<Mark>[] {
  const marks: Span<Mark>[] = [];
  for (const mention of article.mentions) {
    for (const span of mention.spans) {
      marks.push({
        ...span,
        value: {
          kind: 'mention',
          label: mention.entity.label,
          name: mention.entity.name ?? mention.entity.id,
        },
      });
    }
  }
  for (const claim of article.claims) {
    if (claim.start !== undefined && claim.end !== undefined)
      marks.push({ start: claim.start, end: claim.end, value: { kind: 'claim', claim } });
  }
  return marks;
}

export function registerArticleView(core: Core): void {
  const overlay = core.regions.overlay;
  const close = () => {
    overlay.hidden = true;
    overlay.replaceChildren();
    opener?.focus();
  };
  let opener: HTMLElement | null = null;
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  core.services.provide('openArticle', async (id: string, focusClaim?: string) => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const response = await core.attempt('article', () => core.api.article(id));
    if (!response) return;
    const { article } = response;
    const body = h('div', {
      class: 'article-text',
      dir: 'auto',
      lang: article.language ?? 'ar',
      'data-testid': 'article-text',
    });
    for (const segment of segments(article.text.length, articleMarks(response))) {
      const text = article.text.slice(segment.start, segment.end);
      if (segment.covering.length === 0) {
        body.append(text);
        continue;
      }
      const mention = segment.covering.find((m) => m.kind === 'mention');
      const claims = segment.covering.flatMap((m) => (m.kind === 'claim' ? [m.claim] : []));
      const mark = h('mark', {
        class: claims.length ? 'claim-span' : 'mention-span',
        title: segment.covering
          .map((m) =>
            m.kind === 'mention'
              ? `${m.label}: ${m.name}`
              : `${m.claim.type}${m.claim.role ? ` (${m.claim.role})` : ''}: ${m.claim.source.name ?? ''} → ${m.claim.target.name ?? ''}`,
          )
          .join('\n'),
      });
      if (mention) mark.style.backgroundColor = `${lookOf(mention.label).color}33`;
      const firstClaim = claims[0];
      if (firstClaim) {
        mark.style.borderBottom = `3px solid ${claimColor(firstClaim.type)}`;
        mark.dataset['claims'] = claims.map((c) => c.id).join(' ');
        mark.dataset['type'] = firstClaim.type;
      }
      if (mention) mark.dataset['label'] = mention.label;
      mark.textContent = text;
      body.append(mark);
    }
    const types = [...new Set(response.claims.map((c) => c.type))];
    const labels = [...new Set(response.mentions.map((m) => m.entity.label))];
    const closer = closeButton('Close article', close);
    overlay.replaceChildren(
      dialog(
        'article-view',
        'article-title',
        'article-view',
        h(
          'header',
          {},
          h('h2', { id: 'article-title', dir: 'auto' }, article.title ?? article.id),
          h(
            'p',
            { class: 'meta' },
            h('bdi', {}, article.outlet ?? 'unknown outlet'),
            ` · ${article.publishedAt ?? 'undated'} · ${response.mentions.length} entities, ${response.claims.length} claims`,
            article.url ? ' · ' : '',
            sourceLink(article.url),
          ),
          closer,
        ),
        h(
          'div',
          { class: 'legend', 'aria-label': 'Legend' },
          ...labels.map((label) =>
            h('span', { class: 'legend-item', style: `background:${lookOf(label).color}33` }, label),
          ),
          ...types.map((type) =>
            h('span', { class: 'legend-item', style: `border-bottom:3px solid ${claimColor(type)}` }, type),
          ),
        ),
        body,
      ),
    );
    overlay.hidden = false;
    const target = focusClaim
      ? body.querySelector<HTMLElement>(`mark[data-claims~="${CSS.escape(focusClaim)}"]`)
      : null;
    if (target) {
      target.classList.add('focused');
      target.scrollIntoView({ block: 'center' });
    }
    closer.focus();
  });
}
