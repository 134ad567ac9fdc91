// Scores one article's extraction against its gold annotation, by the matching MODEL.md's
// contract implies: entities meet on name keys (name or alias of either side), and a claim
// matches when its endpoints resolve to the same gold entities.
import { type Extraction, nameKey, type RelationItem, type RoleItem } from '@shabaka/model';
import type { Gold, GoldRelation, GoldRole } from './gold.ts';

export interface Counts {
  /** Matched pairs (each gold and each predicted item matches at most once). */
  matched: number;
  predicted: number;
  gold: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Score<G, P> extends Figures {
  missed: G[];
  spurious: P[];
}

interface Named {
  name: string;
  aliases?: string[];
}

export interface Scores {
  persons: Score<Named, Named>;
  organizations: Score<Named, Named>;
  places: Score<Named, Named>;
  roles: Score<GoldRole, RoleItem>;
  relations: Score<GoldRelation, RelationItem>;
}

export const SCORED_CATEGORIES = ['persons', 'organizations', 'places', 'roles', 'relations'] as const;
export type ScoredCategory = (typeof SCORED_CATEGORIES)[number];

/** Precision, recall and F1 of counts. Nothing predicted is vacuously precise; nothing expected, fully recalled. */
export function figures({ matched, predicted, gold }: Counts): Figures {
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, predicted, gold, precision, recall, f1 };
}

/** How strongly two entities' names agree: name = name, name = an alias of the other, alias = alias. */
const Agreement = { None: 0, AliasAlias: 1, NameAlias: 2, NameName: 3 } as const;
type Agreement = (typeof Agreement)[keyof typeof Agreement];

function agreement(a: Named, b: Named): Agreement {
  const aName = nameKey(a.name);
  const bName = nameKey(b.name);
  if (aName === bName) return Agreement.NameName;
  const aAliases = new Set((a.aliases ?? []).map(nameKey));
  const bAliases = new Set((b.aliases ?? []).map(nameKey));
  if (aAliases.has(bName) || bAliases.has(aName)) return Agreement.NameAlias;
  for (const alias of aAliases) if (bAliases.has(alias)) return Agreement.AliasAlias;
  return Agreement.None;
}

const AGREEMENTS_STRONGEST_FIRST = [Agreement.NameName, Agreement.NameAlias, Agreement.AliasAlias];

/**
 * Pairs gold and predicted entities one to one, strongest agreement first, so that a duplicate
 * prediction counts once and a weak alias never steals a partner from an exact name.
 * Returns, for each predicted index, the gold index it was paired with.
 */
function pairEntities(gold: Named[], predicted: Named[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const goldTaken = new Set<number>();
  for (const level of AGREEMENTS_STRONGEST_FIRST) {
    for (const [g, goldEntity] of gold.entries()) {
      if (goldTaken.has(g)) continue;
      const p = predicted.findIndex((entity, i) => !pairs.has(i) && agreement(goldEntity, entity) === level);
      if (p >= 0) {
        pairs.set(p, g);
        goldTaken.add(g);
      }
    }
  }
  return pairs;
}

function entityScore(gold: Named[], predicted: Named[], pairs: Map<number, number>): Score<Named, Named> {
  const pairedGold = new Set(pairs.values());
  return {
    ...figures({ matched: pairs.size, predicted: predicted.length, gold: gold.length }),
    missed: gold.filter((_, g) => !pairedGold.has(g)),
    spurious: predicted.filter((_, p) => !pairs.has(p)),
  };
}

const ENTITY_LISTS = ['persons', 'organizations', 'units', 'places'] as const;
type EntityList = (typeof ENTITY_LISTS)[number];

/**
 * Resolves the names claims use to gold entity references (`persons#2`), or to `key:<nameKey>`
 * when no gold entity answers to the name.
 */
class Resolver {
  private readonly goldEntities: { ref: string; entity: Named }[];
  private readonly predictedEntities: { entity: Named; ref: string | undefined }[];

  constructor(
    gold: Gold,
    predicted?: { extraction: Extraction; pairs: Record<EntityList, Map<number, number>> },
  ) {
    this.goldEntities = ENTITY_LISTS.flatMap((list) =>
      (gold[list] as Named[]).map((entity, i) => ({ ref: `${list}#${i}`, entity })),
    );
    this.predictedEntities = predicted
      ? ENTITY_LISTS.flatMap((list) =>
          (predicted.extraction[list] as Named[]).map((entity, i) => {
            const g = predicted.pairs[list].get(i);
            return { entity, ref: g === undefined ? undefined : `${list}#${g}` };
          }),
        )
      : [];
  }

  resolve(name: string): string {
    const key = nameKey(name);
    // A name of a predicted entity resolves through that entity's pairing with the gold; an
    // entity's own name wins over another's alias (the village العبيدي over the surname).
    const own =
      this.predictedEntities.find(({ entity }) => nameKey(entity.name) === key) ??
      this.predictedEntities.find(({ entity }) => (entity.aliases ?? []).some((a) => nameKey(a) === key));
    if (own?.ref) return own.ref;
    const asNamed = own?.entity ?? { name };
    let best: { ref: string; level: Agreement } | undefined;
    for (const { ref, entity } of this.goldEntities) {
      const level = agreement(asNamed, entity);
      if (level > (best?.level ?? Agreement.None)) best = { ref, level };
    }
    return best?.ref ?? `key:${key}`;
  }
}

/** Matches claims one to one on a signature; what is left over is missed or spurious. */
function claimScore<G, P>(
  gold: G[],
  predicted: P[],
  goldSignature: (item: G) => string,
  predictedSignature: (item: P) => string,
): Score<G, P> {
  const unmatchedGold = new Map<string, number[]>();
  for (const [g, item] of gold.entries()) {
    const signature = goldSignature(item);
    unmatchedGold.set(signature, [...(unmatchedGold.get(signature) ?? []), g]);
  }
  const matchedGold = new Set<number>();
  const spurious: P[] = [];
  for (const item of predicted) {
    const g = unmatchedGold.get(predictedSignature(item))?.shift();
    if (g === undefined) spurious.push(item);
    else matchedGold.add(g);
  }
  return {
    ...figures({ matched: matchedGold.size, predicted: predicted.length, gold: gold.length }),
    missed: gold.filter((_, g) => !matchedGold.has(g)),
    spurious,
  };
}

/** Predicates whose direction the text does not fix: "X met Y" is "Y met X". */
const SYMMETRIC_PREDICATES = new Set(['met_with', 'negotiated_with', 'relative_of', 'close_to']);

function relationSignature(
  resolve: (name: string) => string,
  relation: { subject: string; predicate: string; object: string; negated?: boolean | undefined },
): string {
  let ends = [resolve(relation.subject), resolve(relation.object)];
  if (SYMMETRIC_PREDICATES.has(relation.predicate)) ends = ends.sort();
  // A denied claim is a different claim from an asserted one.
  const polarity = relation.negated ? 'denied' : 'asserted';
  return `${ends[0]} ${relation.predicate} ${ends[1]} ${polarity}`;
}

export function scoreExtraction(predicted: Extraction, gold: Gold): Scores {
  const pairs = Object.fromEntries(
    ENTITY_LISTS.map((list) => [list, pairEntities(gold[list] as Named[], predicted[list] as Named[])]),
  ) as Record<EntityList, Map<number, number>>;
  const goldSide = new Resolver(gold);
  const predictedSide = new Resolver(gold, { extraction: predicted, pairs });
  const roleSignature = (resolver: Resolver) => (role: { person: string; role: string; negated?: boolean }) =>
    `${resolver.resolve(role.person)} ${role.role} ${role.negated ? 'denied' : 'asserted'}`;

  return {
    persons: entityScore(gold.persons, predicted.persons, pairs.persons),
    organizations: entityScore(gold.organizations, predicted.organizations, pairs.organizations),
    places: entityScore(gold.places, predicted.places, pairs.places),
    roles: claimScore(gold.roles, predicted.roles, roleSignature(goldSide), roleSignature(predictedSide)),
    relations: claimScore(
      gold.relations,
      predicted.relations,
      (relation) => relationSignature((name) => goldSide.resolve(name), relation),
      (relation) => relationSignature((name) => predictedSide.resolve(name), relation),
    ),
  };
}

/** Sums the counts of many articles' scores and recomputes the figures from the sums (micro average). */
export function microAverage(all: Scores[]): Record<ScoredCategory, Figures> {
  return Object.fromEntries(
    SCORED_CATEGORIES.map((category) => {
      const sum = { matched: 0, predicted: 0, gold: 0 };
      for (const scores of all) {
        sum.matched += scores[category].matched;
        sum.predicted += scores[category].predicted;
        sum.gold += scores[category].gold;
      }
      return [category, figures(sum)];
    }),
  ) as Record<ScoredCategory, Figures>;
}
