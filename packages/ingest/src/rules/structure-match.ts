// Matchers of organizational structure: constructions a data row cannot say (an apposition, a list
// of members, a list joined to a body), each called at every readable token.
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import type { ClaimContext, Found } from './context.ts';

const BODIES = ['organization', 'unit'] as const;
const { wing, wingKinds, attachedTo, comprises, relative, joining, into, knownAs } = LEXICON;

/** The body right after `لـ` or `لحركة`, from token k: the owner of a wing. */
function ownerAt(ctx: ClaimContext, k: number): Found | undefined {
  const t = ctx.tokens[k];
  if (stemIn(t, attachedTo)) return ctx.entityStartingAt(k + 1, BODIES);
  return t && attachedTo.has(t.key[0] ?? '') ? ctx.entityStartingAt(k, BODIES) : undefined;
}

/**
 * `X، الجناح المسلح لحركة Y` and `الجناح العسكري لحركة Y، X`: X, named beside the wing, is part of Y.
 */
export function armedWing(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], wing) || !stemIn(ctx.tokens[i + 1], wingKinds)) return;
  const owner = ownerAt(ctx, i + 2);
  if (!owner) return;
  const before = ctx.tokens[i - 1]?.text === '،' ? ctx.entityEndingAt(i - 2, BODIES) : undefined;
  const afterComma = ctx.tokens[owner.m.last + 1]?.text === '،' ? owner.m.last + 2 : -1;
  const after = afterComma > 0 ? ctx.entityStartingAt(afterComma, BODIES) : undefined;
  for (const wingBody of [before, after]) {
    if (!wingBody || wingBody.e === owner.e || !ctx.sameSentence(i, wingBody.m.first)) continue;
    const [from, to] = wingBody === before ? [wingBody.m.first, owner.m.last] : [i, wingBody.m.last];
    ctx.addRelation(wingBody.e, 'part_of', owner.e, from, to, 0.85);
  }
}

/** `Y التي تضم فصائل A، وB، وC`: each member named in the list is part of the coalition Y. */
export function comprisesList(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], comprises)) return;
  let end = i - 1;
  if (stemIn(ctx.tokens[end], relative)) end--;
  while (ctx.tokens[end]?.kind === 'quote' || ctx.tokens[end]?.text === '،') end--;
  const whole = ctx.entityEndingAt(end, BODIES);
  const first = ctx.entityStartingAt(i + 1, BODIES);
  if (!whole || !first) return;
  for (const member of ctx.listFrom(first, BODIES)) {
    if (member.e !== whole.e)
      ctx.addRelation(member.e, 'part_of', whole.e, whole.m.first, member.m.last, 0.8);
  }
}

/** `أعاد ضم A المعروفة بـ“X” وB إلى Y`: the bodies joined, listed before `إلى`, become part of Y. */
export function joinedTo(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], joining)) return;
  const joined: Found[] = [];
  for (let k = i + 1; k <= i + 24 && ctx.sameSentence(i, k); k++) {
    const t = ctx.tokens[k]!;
    if (into.has(t.key)) {
      const parent = ctx.entityStartingAt(k + 1, BODIES);
      if (!parent) return;
      for (const part of joined)
        if (part.e !== parent.e) ctx.addRelation(part.e, 'part_of', parent.e, i, parent.m.last, 0.75);
      return;
    }
    if (t.text === '.' || t.text === '؛') return;
    const body = ctx.entityStartingAt(k, BODIES);
    if (body) {
      // `المعروفة بـ“X”` names the same body again: not another member.
      if (![1, 2, 3].some((back) => stemIn(ctx.tokens[k - back], knownAs))) joined.push(body);
      k = body.m.last;
    } else if (ctx.mention(k)) return; // a person or a place: not a list of bodies
  }
}
