// Entity resolution by researchers: a node's SAME_AS links in the inspector and the review queue
// of unsure candidates, each with Confirm / Reject. Confirming merges two entities for display
// only (expanding either then brings both's claims); rejecting keeps them apart and takes the
// claims that came in through the link off the drawing.
import type { EntityResponse, SameAsCandidate, SameAsJudgement, SameAsSide } from '@shabaka/model';
import { ApiError, describeError } from '../core/api.ts';
import type { Core } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';

const SOURCE = 'same-as';

/** The two judgements a researcher gives; `unsure` is what the resolver proposes. */
const VERDICTS: { judgement: SameAsJudgement; title: string }[] = [
  { judgement: 'confirmed', title: 'Confirm' },
  { judgement: 'rejected', title: 'Reject' },
];

/** The sentence shown when a judgement fails: a reader's key gets told what it lacks. */
export function judgementFailure(error: unknown): string {
  if (error instanceof ApiError && error.status === 403)
    return 'Refused: confirming or rejecting a SAME_AS link needs an editor API key; the key in use may only read. Change it under “API key…”.';
  return describeError(error);
}

/** `ابو نجم (داعش: media_chief)`: a side as a researcher tells it from its namesake. */
export function sideSummary(side: SameAsSide): string {
  const groups = side.organizations.map(
    (o) => `${o.name ?? o.id}${o.roles.length ? `: ${o.roles.join(', ')}` : ''}`,
  );
  return `${side.name ?? side.id}${groups.length ? ` (${groups.join('; ')})` : ''}`;
}

export function registerSameAs(core: Core): void {
  /** Draws the new judgement on the SAME_AS edges between the two, when they are on the canvas. */
  const redraw = (a: string, b: string, judgement: SameAsJudgement) => {
    for (const edge of core.store.edges.values()) {
      const joins =
        edge.type === 'SAME_AS' &&
        ((edge.source === a && edge.target === b) || (edge.source === b && edge.target === a));
      if (joins) {
        edge.judgement = judgement;
        edge.properties = { ...edge.properties, judgement };
      }
    }
  };

  /** After a confirmed link is rejected: the other entity's claims, and the nodes only they held. */
  const dropClaimsOf = (kept: string, other: string) => {
    const claims = [...core.store.edges.values()]
      .filter((e) => e.type !== 'SAME_AS' && (e.source === other || e.target === other))
      .map((e) => e.id);
    const { edges } = core.store.remove([], claims);
    const orphans = core.store.isolatedNodes().filter((id) => id !== kept && id !== other);
    return edges.length + core.removeFromGraph(orphans).edges;
  };

  /** Sends a judgement; true when the server took it. */
  const judge = async (
    id: string,
    other: string,
    judgement: SameAsJudgement,
    previous?: SameAsJudgement,
  ): Promise<SameAsCandidate | undefined> => {
    core.clearMessages(SOURCE);
    let candidate: SameAsCandidate;
    try {
      ({ candidate } = await core.api.judgeSameAs(id, { other, judgement }));
    } catch (error) {
      core.say({ kind: 'error', source: SOURCE, text: judgementFailure(error) });
      return undefined;
    }
    redraw(id, other, judgement);
    const removed = previous === 'confirmed' && judgement === 'rejected' ? dropClaimsOf(id, other) : 0;
    if (removed === 0) core.render();
    const pair = `${sideSummary(candidate.source)} and ${sideSummary(candidate.target)}`;
    core.say({
      kind: 'info',
      source: SOURCE,
      text:
        judgement === 'confirmed'
          ? `Confirmed: ${pair} are one ${candidate.source.label}. Expanding either now brings the claims of both.`
          : `${judgement === 'rejected' ? 'Rejected' : 'Marked unsure'}: ${pair} are kept apart.${removed ? ` ${removed} claim(s) that came in through the link left the drawing.` : ''}`,
    });
    return candidate;
  };

  const verdictButtons = (current: SameAsJudgement, onJudge: (judgement: SameAsJudgement) => void) =>
    h(
      'span',
      { class: 'actions' },
      ...VERDICTS.map(({ judgement, title }) =>
        h(
          'button',
          { type: 'button', disabled: judgement === current, onclick: () => onJudge(judgement) },
          title,
        ),
      ),
    );

  const nameButton = (id: string, name: string | undefined) =>
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => core.selectNode(id) },
      h('bdi', {}, name ?? id),
    );

  // ---- the inspector: this entity's links ----

  core.services.contribute('inspector-section', ({ entity, sameAs }: EntityResponse) =>
    sameAs.length === 0
      ? null
      : h(
          'section',
          { 'data-testid': 'same-as', 'aria-label': 'Same as' },
          h('h3', {}, 'Same as?'),
          h(
            'ul',
            { class: 'same-as' },
            ...sameAs.map((link) =>
              h(
                'li',
                { 'data-judgement': link.judgement },
                nameButton(link.id, link.name),
                ` · ${link.label} · `,
                h('strong', { class: `judgement ${link.judgement}` }, link.judgement),
                ' ',
                verdictButtons(link.judgement, async (judgement) => {
                  if (await judge(entity.id, link.id, judgement, link.judgement)) core.selectNode(entity.id);
                }),
              ),
            ),
          ),
        ),
  );

  // ---- the review queue ----

  const sideView = (side: SameAsSide) =>
    h(
      'div',
      { class: 'side' },
      nameButton(side.id, side.name),
      h(
        'span',
        { class: 'meta' },
        ` · ${side.label} · ${side.articles} article(s), ${side.mentions} mention(s)`,
      ),
      side.organizations.length
        ? h(
            'ul',
            { class: 'organizations' },
            ...side.organizations.map((o) =>
              h('li', {}, h('bdi', {}, o.name ?? o.id), o.roles.length ? ` · ${o.roles.join(', ')}` : ''),
            ),
          )
        : h('p', { class: 'meta' }, 'no organization known'),
    );

  const openQueue = async () => {
    const queue = await core.attempt(SOURCE, () => core.api.sameAsQueue('unsure'));
    if (!queue) return;
    const panel = core.regions.inspector;
    const list = h('ol', { class: 'same-as-queue' });
    for (const candidate of queue.candidates) {
      const item = h(
        'li',
        { class: 'candidate' },
        h(
          'div',
          { class: 'pair' },
          sideView(candidate.source),
          h('span', { class: 'meta' }, 'same as?'),
          sideView(candidate.target),
        ),
        h(
          'p',
          { class: 'meta' },
          candidate.reason ?? 'no reason recorded',
          candidate.score !== undefined ? ` · score ${candidate.score}` : '',
          candidate.by ? ` · proposed by ${candidate.by}` : '',
        ),
        verdictButtons(candidate.judgement, async (judgement) => {
          if (await judge(candidate.source.id, candidate.target.id, judgement, candidate.judgement)) {
            item.remove();
            heading.textContent = headingText(list.children.length);
          }
        }),
      );
      list.append(item);
    }
    const headingText = (left: number) =>
      `Review candidates: ${left} shown of ${queue.total} unsure link${queue.total === 1 ? '' : 's'}`;
    const heading = h('h2', {}, headingText(queue.candidates.length));
    fill(
      panel,
      h(
        'section',
        { 'data-testid': 'same-as-review', 'aria-label': 'Review candidates' },
        heading,
        h(
          'p',
          { class: 'hint' },
          'Weak names (a kunya alone) of different groups are never merged without you.',
        ),
        queue.candidates.length ? list : h('p', {}, 'Nothing to review.'),
      ),
    );
    panel.hidden = false;
  };

  core.regions.toolbar.append(
    h('button', { type: 'button', onclick: () => void openQueue() }, 'Review candidates'),
  );
}
