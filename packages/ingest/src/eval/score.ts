// Scores one article's extraction against its gold by exactly the definitions of the reference
// scorer, ../shared/eval/score.py, which the held-out figures are computed with: names meet
// on score.py's normalized forms (or on a subset of at least two tokens), role and relation
// ends are expanded to the forms of the entity they name, matching is greedy and one to one in
// gold order, and some predicates are mapped or not scored. score.agreement.test.ts holds the
// two scorers to the same figures.
import type { Extraction, RelationItem, RoleItem } from '@shabaka/model';
import type { Annotation, AnnotatedRelation, AnnotatedRole, Named } from './annotation.ts';

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
  /** The predicted items that are in the matching. */
  hits: P[];
}

export const SCORED_CATEGORIES = [
  'persons',
  'organizations',
  'places',
  'roles',
  'roles+org',
  'relations',
] as const;
export type ScoredCategory = (typeof SCORED_CATEGORIES)[number];

export interface Scores {
  persons: Score<Named, Named>;
  organizations: Score<Named, Named>;
  places: Score<Named, Named>;
  /** Person and role class. */
  roles: Score<AnnotatedRole, RoleItem>;
  /** Person, role class and, where the gold names one, the organization. */
  'roles+org': Score<AnnotatedRole, RoleItem>;
  /** Only the relations score.py scores, predicates mapped as it maps them. */
  relations: Score<AnnotatedRelation, RelationItem>;
}

/** score.py's `prf`: nothing predicted is precise only when nothing was expected. */
export function figures({ matched, predicted, gold }: Counts): Figures {
  const precision = predicted > 0 ? matched / predicted : gold === 0 ? 1 : 0;
  const recall = gold > 0 ? matched / gold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { matched, predicted, gold, precision, recall, f1 };
}

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PUNCTUATION = /["“”«»'‘’()[\]{}،,.:;!?؟\-–—_/\\]/g;
/** What Python's `str.split()` splits on (JavaScript's `\s` differs by a few code points). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python splits on the separators U+001C..U+001F
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** score.py's `norm`. Not @shabaka/model's nameKey: the held-out figures fold names this way. */
export function norm(text: string | null | undefined): string {
  if (!text) return '';
  const folded = text
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replaceAll('ى', 'ي')
    .replaceAll('ة', 'ه')
    .replaceAll('ؤ', 'و')
    .replaceAll('ئ', 'ي')
    .replace(PUNCTUATION, ' ');
  return folded.split(PYTHON_WHITESPACE).filter(Boolean).join(' ').toLowerCase();
}

type Forms = Set<string>;

/** An entity's normalized name and aliases. */
export function forms(entity: Named): Forms {
  const out = new Set([entity.name, ...(entity.aliases ?? [])].map(norm));
  out.delete('');
  return out;
}

/** Two entities are the same when a form is shared, or one form's tokens (two or more) are all in the other's. */
export function same(a: Forms, b: Forms): boolean {
  for (const form of a) if (b.has(form)) return true;
  for (const formA of a) {
    const tokensA = new Set(formA.split(' '));
    for (const formB of b) {
      const tokensB = new Set(formB.split(' '));
      const [small, big] = tokensA.size <= tokensB.size ? [tokensA, tokensB] : [tokensB, tokensA];
      if (small.size >= 2 && [...small].every((token) => big.has(token))) return true;
    }
  }
  return false;
}

/**
 * score.py's greedy one-to-one matching: each gold item in order takes the first predicted item
 * not yet taken that it equals. Returns, per predicted index, the gold index it was matched to.
 */
export function matchGreedy<G, P>(gold: G[], predicted: P[], equal: (g: G, p: P) => boolean) {
  const matchedTo = new Map<number, number>();
  for (const [g, goldItem] of gold.entries()) {
    const p = predicted.findIndex((item, i) => !matchedTo.has(i) && equal(goldItem, item));
    if (p >= 0) matchedTo.set(p, g);
  }
  return matchedTo;
}

function score<G, P, GK, PK>(
  gold: { item: G; key: GK }[],
  predicted: { item: P; key: PK }[],
  equal: (g: GK, p: PK) => boolean,
): Score<G, P> {
  const matchedTo = matchGreedy(gold, predicted, (g, p) => equal(g.key, p.key));
  const matchedGold = new Set(matchedTo.values());
  return {
    ...figures({ matched: matchedTo.size, predicted: predicted.length, gold: gold.length }),
    missed: gold.filter((_, g) => !matchedGold.has(g)).map((g) => g.item),
    spurious: predicted.filter((_, p) => !matchedTo.has(p)).map((p) => p.item),
    hits: predicted.filter((_, p) => matchedTo.has(p)).map((p) => p.item),
  };
}

/** Predicates score.py reads as another one: the gold's names for them and the model's. */
export const REL_MAP: Readonly<Record<string, string>> = {
  stated: 'stated_to',
  left_to: 'left_via',
  moved_to: 'left_via',
  left_via: 'left_via',
};
/** Predicates score.py does not score. */
export const REL_SKIP: ReadonlySet<string> = new Set([
  'leads',
  'reported_by',
  'appointed',
  'dismissed',
  'other',
]);

/** The predicate as score.py scores it, or undefined when it is not scored. */
export function scoredPredicate(predicate: string | null | undefined): string | undefined {
  const lower = (predicate ?? '').toLowerCase();
  return REL_SKIP.has(lower) ? undefined : (REL_MAP[lower] ?? lower);
}

/** What score.py reads of either side: the entity lists and the claims' ends. */
interface Side {
  persons: Named[];
  organizations: Named[];
  places: Named[];
  units?: Named[] | undefined;
  roles: { person: string; role: string; org?: string | null | undefined }[];
  relations: { subject: string; predicate: string; object: string }[];
}

const ENTITY_KINDS = ['persons', 'organizations', 'places', 'units'] as const;

/** A claim's end: the forms of the first entity (of any kind) with that exact form, else the name itself. */
function expander(side: Side): (name: string | null | undefined) => Forms {
  const entities = ENTITY_KINDS.flatMap((kind) => (side[kind] ?? []).map(forms));
  return (name) => {
    const n = norm(name);
    return entities.find((f) => f.has(n)) ?? new Set(n ? [n] : []);
  };
}

interface RoleKey {
  person: Forms;
  role: string;
  org: Forms;
}
interface RelationKey {
  subject: Forms;
  predicate: string;
  object: Forms;
}

function roleKeys<R extends Side['roles'][number]>(side: Side, roles: R[]) {
  const expand = expander(side);
  return roles.map((item) => ({
    item,
    key: { person: expand(item.person), role: item.role, org: expand(item.org) } satisfies RoleKey,
  }));
}

function relationKeys<R extends Side['relations'][number]>(side: Side, relations: R[]) {
  const expand = expander(side);
  return relations.flatMap((item) => {
    const predicate = scoredPredicate(item.predicate);
    if (predicate === undefined) return [];
    const key: RelationKey = { subject: expand(item.subject), predicate, object: expand(item.object) };
    return [{ item, key }];
  });
}

const entityKeys = (entities: Named[]) => entities.map((item) => ({ item, key: forms(item) }));

const samePersonAndClass = (g: RoleKey, p: RoleKey) => g.role === p.role && same(g.person, p.person);

export function scoreExtraction(predicted: Extraction, gold: Annotation): Scores {
  const goldRoles = roleKeys(gold, gold.roles);
  const predictedRoles = roleKeys(predicted, predicted.roles);
  return {
    persons: score(entityKeys(gold.persons), entityKeys(predicted.persons), same),
    organizations: score(entityKeys(gold.organizations), entityKeys(predicted.organizations), same),
    places: score(entityKeys(gold.places), entityKeys(predicted.places), same),
    roles: score(goldRoles, predictedRoles, samePersonAndClass),
    'roles+org': score(
      goldRoles,
      predictedRoles,
      (g, p) => samePersonAndClass(g, p) && (g.org.size === 0 || same(g.org, p.org)),
    ),
    relations: score(
      relationKeys(gold, gold.relations),
      relationKeys(predicted, predicted.relations),
      (g, p) => g.predicate === p.predicate && same(g.subject, p.subject) && same(g.object, p.object),
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

/**
 * A figure to two decimals as Python's `f"{x:.2f}"` prints it: exact halves (0.125) round to
 * even, where JavaScript's toFixed rounds them up.
 */
export function twoDecimals(x: number): string {
  // The only doubles exactly halfway between two hundredths are the odd eighths.
  if (Number.isInteger(x * 8) && !Number.isInteger(x * 4)) {
    const down = Math.floor(x * 100);
    return ((down % 2 === 0 ? down : down + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}
