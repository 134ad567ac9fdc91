// A succession says what post changed hands: the predecessor held the post the newcomer was given
// (`X was appointed head of ...; X succeeds Y`), and the newcomer took the one the predecessor was
// removed from (`Y was dismissed as commander ...; Y was replaced by X`) or held in the same
// sentence (`its then emir, Y, ... and X, who succeeded him`).
import type { RoleStatus } from '@shabaka/model';
import type { EnglishContext } from './context.ts';
import type { EnEntity } from './resolve.ts';

/**
 * `newcomerPosts`: the statuses of the newcomer's posts that were the predecessor's (`appointed`;
 * after `his predecessor`, `current` too: the post he took).
 */
export function inheritPosts(
  ctx: EnglishContext,
  newcomer: EnEntity,
  predecessor: EnEntity,
  [from, to]: readonly [number, number],
  newcomerPosts: readonly RoleStatus[] = ['appointed'],
): void {
  const sentence = ctx.tokens[from]!.sentence;
  // A membership does not change hands: only posts do.
  const posts = (person: EnEntity, statuses: readonly RoleStatus[], sameSentence: boolean) =>
    ctx.roles.filter(
      (r) =>
        r.person === person.name &&
        r.role !== 'member' &&
        r.role !== 'senior_member' &&
        (statuses.includes(r.status) || (sameSentence && r.evidence?.sentence === sentence)),
    );
  for (const role of posts(newcomer, newcomerPosts, false))
    ctx.addInheritedRole(predecessor, role, 'former', from, to);
  for (const role of posts(predecessor, ['current', 'dismissed'], true))
    ctx.addInheritedRole(newcomer, role, 'appointed', from, to);
}
