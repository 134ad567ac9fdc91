// The named finders of declared rows: where, from its trigger, a rule finds an argument.
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import type { ClaimContext, Found } from './context.ts';
import type { Finder } from './types.ts';

export function find(ctx: ClaimContext, finder: Finder, i: number): Found | undefined {
  switch (finder.find) {
    case 'nearestBefore':
      return ctx.nearestBefore(i, finder.types, finder.within, finder.sameClause);
    case 'adjacentBefore':
      for (let k = i - 1; k >= i - finder.within && ctx.sameSentence(i, k); k--) {
        const t = ctx.tokens[k]!;
        if (ctx.mention(k)) return ctx.entityEndingAt(k, finder.types);
        if (t.kind !== 'quote' && !t.key.startsWith('ال')) return undefined;
      }
      return undefined;
    case 'firstAfter':
      for (let k = i + 1; k <= i + finder.within && ctx.sameSentence(i, k); k++) {
        const found = ctx.entityStartingAt(k, finder.types);
        if (found) return found;
      }
      return undefined;
    case 'objectAfter': {
      const through = LEXICON[finder.through];
      for (let k = i + 1; k <= i + finder.within && ctx.sameSentence(i, k); k++) {
        const t = ctx.tokens[k];
        // The preposition as a word (`إلى X`) or as the proclitic of the object (`لـX`, `لقوات`).
        if (stemIn(t, through)) return ctx.entityStartingAt(k + 1, finder.types);
        const attached = t?.key[0];
        if (attached && through.has(attached) && ctx.mention(k)?.first === k)
          return ctx.entityStartingAt(k, finder.types);
      }
      return undefined;
    }
  }
}
