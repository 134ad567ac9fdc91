// English mentions -> entities: one entity per key (the Arabic canonical name's for listed groups
// and places), a shorter name that ends a longer one (`Mohammed al-Julani`) is the longer one's
// unless kin tells them apart (`the son of Hussein Barakat`), another name given by a cue is the
// person's alias, and a unit belongs to the group its phrase names or, failing that, to the
// article's main group; a named brigade no body owns is a group of its own.
import { nameKey } from '@shabaka/model';
import { ENGLISH_RELATION_WORDS } from '../lexicon/english.ts';
import { type EnMention, mentionKey } from './recognize.ts';
import type { EnToken } from './tokens.ts';

export interface EnEntity {
  type: EnMention['type'];
  name: string;
  key: string;
  aliases: string[];
  kind?: string;
  mentions: EnMention[];
  org?: EnEntity;
  /** The unit's group is named in its phrase (`HTS's media office`, `its media office`), not assumed. */
  orgNamed?: boolean;
}

export interface EnResolved {
  entities: EnEntity[];
  entityOf: Map<EnMention, EnEntity>;
  /** The armed group the article is most about: an unnamed `the group` is it. */
  mainGroup?: EnEntity;
}

export function resolveEnglish(tokens: readonly EnToken[], mentions: readonly EnMention[]): EnResolved {
  const byKey = new Map<string, EnEntity>();
  const entityOf = new Map<EnMention, EnEntity>();
  // `the Eighth Brigade, a local force`: a named brigade no phrase ever gives an owner is a group.
  const owned = new Set(
    mentions.filter((m) => m.namedUnit && phraseOwner(tokens, m, mentions)).map((m) => m.surface),
  );
  for (const m of mentions) {
    if (m.namedUnit && !owned.has(m.surface)) {
      m.type = 'organization';
      m.kind = 'armed_group';
    } else if (m.type === 'organization' && !m.canonical && ownedByTheGroup(tokens, m)) {
      // `the group's Delegated Committee`, `its Shura Council`: a body of the group.
      m.type = 'unit';
      m.kind = 'administrative';
    }
  }
  for (const m of mentions) {
    const key = `${m.type}:${mentionKey(m)}`;
    let e = byKey.get(key);
    if (!e) {
      e = {
        type: m.type,
        name: m.canonical ?? m.surface.replace(/^the\s+/i, ''),
        key: mentionKey(m),
        aliases: [],
        mentions: [],
      };
      if (m.kind) e.kind = m.kind;
      byKey.set(key, e);
    }
    if (m.canonical && !e.aliases.includes(m.surface)) e.aliases.push(m.surface);
    if (m.alias && !e.aliases.includes(m.alias)) e.aliases.push(m.alias);
    e.mentions.push(m);
    entityOf.set(m, e);
  }
  const merge = (short: EnEntity, long: EnEntity) => {
    for (const m of short.mentions) entityOf.set(m, long);
    long.mentions.push(...short.mentions);
    for (const name of [short.name, ...short.aliases])
      if (!long.aliases.includes(name)) long.aliases.push(name);
    byKey.delete(`person:${short.key}`);
  };
  for (const m of mentions) {
    const named = m.aliasOf && entityOf.get(m.aliasOf);
    const other = entityOf.get(m);
    if (named && other && named !== other) merge(other, named);
  }
  const persons = [...byKey.values()].filter((e) => e.type === 'person');
  for (const short of persons) {
    const long = persons.find(
      (p) => p !== short && byKey.has(`person:${p.key}`) && endsWithName(p.key, short.key),
    );
    if (long && !namedAsKin(tokens, short)) merge(short, long);
  }
  const entities = [...byKey.values()];
  const groups = entities.filter((e) => e.type === 'organization' && e.kind === 'armed_group');
  const mainGroup = groups.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  for (const unit of entities.filter((e) => e.type === 'unit')) {
    const first = unit.mentions[0]!;
    const named = unitOrg(tokens, first, mentions, entityOf);
    const org = named ?? mainGroup;
    if (org) unit.org = org;
    if (named || (org && ownedByTheGroup(tokens, first))) unit.orgNamed = true;
    unit.key = `${nameKey(unit.name)}|${org?.key ?? ''}`;
  }
  for (const e of entities) e.mentions.sort((a, b) => a.first - b.first);
  return { entities, entityOf, ...(mainGroup ? { mainGroup } : {}) };
}

/** `Abu Mohammed al-Julani` ends with `Mohammed al-Julani`: two words at least, whole words. */
function endsWithName(long: string, short: string): boolean {
  return short.split(' ').length >= 2 && long.length > short.length && long.endsWith(` ${short}`);
}

const ownedByTheGroup = (tokens: readonly EnToken[], m: EnMention) => {
  const before = tokens[m.first - 1];
  return (
    before?.lower === 'its' || (!!before?.possessive && ['group', 'organization'].includes(before.lower))
  );
};

/** A person named right after a kin word (`the son of Hussein Barakat`) is not the one he is kin to. */
function namedAsKin(tokens: readonly EnToken[], person: EnEntity): boolean {
  return person.mentions.some((m) => {
    let k = m.first - 1;
    while (tokens[k]?.lower === 'the') k--;
    return tokens[k]?.lower === 'of' && ENGLISH_RELATION_WORDS.enKin.has(tokens[k - 1]?.lower ?? '');
  });
}

/** `HTS's media office`, `the SDF media office`, `the media office of HTS`: the group the unit's phrase names. */
function phraseOwner(
  tokens: readonly EnToken[],
  unit: EnMention,
  mentions: readonly EnMention[],
): EnMention | undefined {
  const before = mentions.find(
    (m) =>
      m.type === 'organization' &&
      (m.last === unit.first - 1 ||
        (m.last === unit.first - 2 && /^['’]$/.test(tokens[unit.first - 1]?.text ?? ''))),
  );
  const ofAt = tokens[unit.last + 1]?.lower === 'of' ? unit.last + 2 : -1;
  const after = mentions.find((m) => m.type === 'organization' && (m.first === ofAt || m.first === ofAt + 1));
  return before ?? after;
}

function unitOrg(
  tokens: readonly EnToken[],
  unit: EnMention,
  mentions: readonly EnMention[],
  entityOf: Map<EnMention, EnEntity>,
): EnEntity | undefined {
  const org = phraseOwner(tokens, unit, mentions);
  return org ? entityOf.get(org) : undefined;
}
