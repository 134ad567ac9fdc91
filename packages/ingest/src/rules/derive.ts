// The last phase: claims that follow from the ones the text states, each a declared row. A post
// in an armed group, or in one of its units, makes its holder a member of the group; the derived
// claim keeps the evidence of the role it rests on.
import { type Extraction, nameKey, type RelationItem, ROLE_CLASS_INFO } from '@shabaka/model';
import type { Trace } from './trace.ts';
import { type Example, ExampleSchema } from './types.ts';

export interface DerivationRow {
  id: string;
  description: string;
  examples: Example[];
  derive: (x: Extraction) => RelationItem[];
}

/** The organization a unit belongs to, through its `org` and `part_of` claims (three steps at most). */
function groupOf(x: Extraction, unit: string): Extraction['organizations'][number] | undefined {
  let current = unit;
  for (let step = 0; step < 3; step++) {
    const key = nameKey(current);
    // A `part_of` the text states comes before the owner the resolver assumed for the unit.
    const parent =
      x.relations.find((r) => r.predicate === 'part_of' && nameKey(r.subject) === key)?.object ??
      x.units.find((u) => nameKey(u.name) === key)?.org;
    if (!parent) return undefined;
    const org = organizationNamed(x, parent);
    if (org) return org;
    current = parent;
  }
  return undefined;
}

function organizationNamed(x: Extraction, name: string) {
  const key = nameKey(name);
  return x.organizations.find((o) => nameKey(o.name) === key || o.aliases.some((a) => nameKey(a) === key));
}

/**
 * The role's sentence names the body itself: a membership is derived only from a post the text ties
 * to the body, not from one the engine gave the article's main group by default.
 */
/** Folded sentences, by their text: an article's roles share a few sentences (bounded: one article's). */
const foldedSentences = new Map<string, string>();

function namedIn(role: Extraction['roles'][number], body: { name: string; aliases?: string[] }): boolean {
  const text = role.evidence?.text ?? '';
  let sentence = foldedSentences.get(text);
  if (sentence === undefined) {
    if (foldedSentences.size > 256) foldedSentences.clear();
    sentence = nameKey(text);
    foldedSentences.set(text, sentence);
  }
  return [body.name, ...(body.aliases ?? [])].some((n) => sentence.includes(nameKey(n)));
}

function membership(role: Extraction['roles'][number], group: string, rule: string): RelationItem {
  return {
    subject: role.person,
    predicate: 'member_of',
    object: group,
    ...(role.evidence ? { evidence: { ...role.evidence, rule } } : {}),
    ...(role.hedged ? { hedged: true } : {}),
    ...(role.negated ? { negated: true } : {}),
    ...(role.attributedTo ? { attributedTo: role.attributedTo } : {}),
  };
}

const ROWS: readonly (Omit<DerivationRow, 'examples'> & { examples: unknown[] })[] = [
  {
    id: 'derive.member-of-group',
    description: 'A post below the top in an armed group makes its holder a member of the group.',
    examples: [
      {
        text: 'وقال القيادي في هيئة تحرير الشام أبو حفص الإدلبي إن الهجوم فشل.',
        relations: [{ subject: 'أبو حفص الإدلبي', predicate: 'member_of', object: 'هيئة تحرير الشام' }],
      },
    ],
    derive: (x) =>
      x.roles.flatMap((role) => {
        const org = role.org ? organizationNamed(x, role.org) : undefined;
        if (org?.kind !== 'armed_group' || !ROLE_CLASS_INFO[role.role].membership || !namedIn(role, org))
          return [];
        return [membership(role, org.name, 'derive.member-of-group')];
      }),
  },
  {
    id: 'derive.member-of-parent',
    description: 'A post in a unit makes its holder a member of the organization the unit belongs to.',
    examples: [
      {
        text: 'وقتل أبو مصعب الحمصي مسؤول المكتب الأمني في تنظيم داعش بغارة للتحالف.',
        relations: [{ subject: 'أبو مصعب الحمصي', predicate: 'member_of', object: 'داعش' }],
      },
    ],
    derive: (x) =>
      x.roles.flatMap((role) => {
        const unit = role.org ? x.units.find((u) => nameKey(u.name) === nameKey(role.org!)) : undefined;
        const group = unit && namedIn(role, unit) ? groupOf(x, unit.name) : undefined;
        return group ? [membership(role, group.name, 'derive.member-of-parent')] : [];
      }),
  },
];

/** The rows, their examples checked against the table's example schema. */
export const DERIVATIONS: readonly DerivationRow[] = ROWS.map((row) => ({
  ...row,
  examples: row.examples.map((e) => ExampleSchema.parse(e)),
}));

/** The relations every row derives that the extraction does not already hold. */
export function derive(x: Extraction, trace?: Trace): RelationItem[] {
  const seen = new Set(x.relations.map(relationKey));
  const out: RelationItem[] = [];
  for (const row of DERIVATIONS) {
    for (const relation of row.derive(x)) {
      const key = relationKey(relation);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(relation);
      const sentence = relation.evidence?.sentence ?? 0;
      trace?.fired(sentence, row.id, `${relation.subject} ${relation.predicate} ${relation.object}`);
    }
  }
  return out;
}

function relationKey(r: RelationItem): string {
  return `${nameKey(r.subject)}|${r.predicate}|${nameKey(r.object)}`;
}
