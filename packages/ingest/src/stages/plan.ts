// The plan stage: one article's extraction (names and evidence) becomes a graph write (entities
// with deterministic ids, claim edges with offsets). Pure: the writer is the only I/O.
import {
  type ArticleExtraction,
  CLAIM_TYPE_INFO,
  type ClaimRecord,
  type ClaimTerm,
  type ClaimType,
  type EntityLabel,
  type EntityRecord,
  type Evidence,
  type GraphWrite,
  GraphWriteSchema,
  isArabicScript,
  isWeakName,
  latinKey,
  nameKey,
  type Predicate,
  predicateToClaimType,
  type Span,
  searchCrossKey,
  strongCrossKey,
  transliterate,
} from '@shabaka/model';
import { crossScriptAliases } from '../gazetteer/aliases.ts';
import { extractorFamily, stableId } from '../ids.ts';

/** An item of the extraction that could not become a claim, and why. */
export interface PlanSkip {
  item: string;
  reason: string;
}

export interface Plan {
  write: GraphWrite;
  skipped: PlanSkip[];
}

interface NamedEntity extends EntityRecord {
  /** Folded keys of the name and every alias, for resolving the names claims use. */
  keys: string[];
}

function uniqueKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter(Boolean))];
}

/**
 * The full-text index's field: every folded spelling plus the Latin keys, of the transliteration
 * and of every Latin name (`Hezbollah` is searched as `hezbolah`, as search.ts folds a query), and
 * the name's cross-script key, which search's last tier matches from a query in either script.
 */
export function searchText(keys: readonly string[], latin: string | undefined, crossKey?: string): string {
  const latinNames = [...keys.filter((k) => !isArabicScript(k)), ...(latin ? [latin] : [])];
  return [...new Set([...keys, ...latinNames.map(latinKey), ...(crossKey ? [crossKey] : [])])].join(' ');
}

function entity(
  label: EntityLabel,
  id: string,
  name: string,
  aliases: readonly string[],
  mentions: readonly Span[],
  kind?: string,
): NamedEntity {
  const key = nameKey(name);
  // A group's names in the other script (gazetteer/aliases.ts) travel with it, whichever article named it.
  const named = label === 'Organization' ? [...aliases, ...crossScriptAliases(name)] : aliases;
  const cleanAliases = [...new Set(named.filter((a) => nameKey(a) !== key))];
  const crossKey = label === 'Person' ? strongCrossKey(name) : undefined;
  return {
    id,
    label,
    name,
    key,
    latin: transliterate(name),
    aliases: cleanAliases,
    kind,
    weak: label === 'Person' && isWeakName(name),
    ...(crossKey ? { crossKey } : {}),
    mentions: [...mentions],
    searchText: '',
    keys: uniqueKeys([name, ...cleanAliases]),
  };
}

/** Resolves names to entities, preferring the labels a claim type allows at that end. */
class EntityIndex {
  private readonly byKey = new Map<string, NamedEntity[]>();

  constructor(readonly entities: readonly NamedEntity[]) {
    for (const e of entities) {
      for (const key of e.keys) {
        const list = this.byKey.get(key) ?? [];
        list.push(e);
        this.byKey.set(key, list);
      }
    }
  }

  find(name: string | null, labels: readonly EntityLabel[]): NamedEntity | undefined {
    if (!name) return undefined;
    const candidates = this.byKey.get(nameKey(name)) ?? [];
    // Exact name before alias: `النظام` may be an alias of one group and the name of another.
    const allowed = candidates.filter((e) => labels.includes(e.label));
    return allowed.find((e) => e.key === nameKey(name)) ?? allowed[0];
  }
}

/** Turns one article's extraction into the write the writer performs. */
export function planGraphWrite(input: ArticleExtraction): Plan {
  const { article, extraction, extractor } = input;
  const skipped: PlanSkip[] = [];

  const organizations = extraction.organizations.map((o) =>
    entity('Organization', stableId('org', nameKey(o.name)), o.name, o.aliases, o.mentions, o.kind),
  );
  const orgIndex = new EntityIndex(organizations);
  const units = extraction.units.map((u) => {
    const org = orgIndex.find(u.org, ['Organization']);
    // A unit is only itself within its organization: every group has a "security office".
    const scope = org ? org.key : article.id;
    return entity('Unit', stableId('unit', nameKey(u.name), scope), u.name, [], u.mentions, u.kind);
  });
  const places = extraction.places.map((p) =>
    entity('Place', stableId('plc', nameKey(p.name)), p.name, p.aliases, p.mentions, p.kind),
  );
  const unitOrg = new Map(
    extraction.units.map((u, i) => [units[i]!.id, orgIndex.find(u.org, ['Organization'])]),
  );
  const scopeIndex = new EntityIndex([...organizations, ...units]);

  const persons = extraction.persons.map((p) => {
    const key = nameKey(p.name);
    if (!isWeakName(p.name)) return entity('Person', stableId('per', key), p.name, p.aliases, p.mentions);
    // MODEL.md: a weak name merges across articles only within the same organization.
    const role = extraction.roles.find((r) => nameKey(r.person) === key && r.org);
    const target = role ? scopeIndex.find(role.org, ['Organization', 'Unit']) : undefined;
    const org = target?.label === 'Unit' ? unitOrg.get(target.id) : target;
    return entity('Person', stableId('per', key, org ? org.key : article.id), p.name, p.aliases, p.mentions);
  });

  const index = new EntityIndex([...persons, ...organizations, ...units, ...places]);
  const claims: ClaimRecord[] = [];

  const addClaim = (
    type: ClaimType,
    description: string,
    fromName: string,
    toName: string | null,
    evidence: Evidence | undefined,
    extra: Partial<ClaimRecord>,
  ): void => {
    const ends = CLAIM_TYPE_INFO[type];
    const from = index.find(fromName, ends.from);
    const to = index.find(toName, ends.to);
    if (!evidence) return void skipped.push({ item: description, reason: 'no evidence span' });
    if (!from)
      return void skipped.push({
        item: description,
        reason: `"${fromName}" is not a ${ends.from.join('/')}`,
      });
    if (!to)
      return void skipped.push({ item: description, reason: `"${toName}" is not a ${ends.to.join('/')}` });
    const start = Math.min(evidence.start, article.text.length);
    claims.push({
      // The family is part of the id: a rule claim and an LLM's claim of the same span stay two
      // claims, so that re-extracting one family never takes the other's.
      id: stableId(
        'clm',
        article.id,
        extractorFamily(extractor),
        type,
        from.id,
        to.id,
        String(start),
        String(evidence.end),
        extra.role ?? '',
      ),
      type,
      from: from.id,
      to: to.id,
      sentence: evidence.sentence,
      start,
      end: Math.min(evidence.end, article.text.length),
      evidence: evidence.text,
      confidence: evidence.confidence,
      extractor,
      ...(evidence.rule ? { rule: evidence.rule } : {}),
      ...(article.publishedAt ? { asOf: article.publishedAt } : {}),
      ...extra,
    });
  };

  for (const role of extraction.roles) {
    const place = index.find(role.place, ['Place']);
    addClaim(
      'HOLDS_ROLE',
      `${role.person} ${role.role} of ${role.org}`,
      role.person,
      role.org,
      role.evidence,
      {
        role: role.role,
        status: role.status,
        ...(role.title ? { title: role.title } : {}),
        ...(place ? { place: place.name } : {}),
        ...qualifiers(role),
      },
    );
  }
  for (const relation of extraction.relations) {
    const type = predicateToClaimType(relation.predicate as Predicate);
    addClaim(
      type,
      `${relation.subject} ${relation.predicate} ${relation.object}`,
      relation.subject,
      relation.object,
      relation.evidence,
      qualifiers(relation),
    );
  }

  const outlet =
    article.outlet && nameKey(article.outlet) !== ''
      ? (index.find(article.outlet, ['Organization']) ??
        entity('Organization', stableId('org', nameKey(article.outlet)), article.outlet, [], [], 'media'))
      : undefined;

  const write = GraphWriteSchema.parse({
    article,
    ...(outlet ? { outlet: withSearch(outlet) } : {}),
    entities: index.entities.map(withSearch),
    claims: dedupeById(claims),
    extractor,
  });
  return { write, skipped };
}

function qualifiers(
  item: {
    hedged?: boolean;
    negated?: boolean;
    attributedTo?: string;
  } & ClaimTerm,
): Partial<ClaimRecord> {
  return {
    ...(item.hedged ? { hedged: true } : {}),
    ...(item.negated ? { negated: true } : {}),
    ...(item.attributedTo ? { attributedTo: item.attributedTo } : {}),
    ...(item.validFrom ? { validFrom: item.validFrom } : {}),
    ...(item.validTo ? { validTo: item.validTo } : {}),
  };
}

function withSearch({ keys, ...record }: NamedEntity): EntityRecord {
  return { ...record, searchText: searchText(keys, record.latin, searchCrossKey(record.name)) };
}

function dedupeById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
