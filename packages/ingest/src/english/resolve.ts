// English mentions -> entities: one entity per key (the Arabic canonical name's for listed groups
// and places), a shorter name that ends a longer one (`Mohammed al-Julani`) is the longer one's, and
// a unit belongs to the group its phrase names or, failing that, to the article's main group.
import { nameKey } from '@shabaka/model';
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
    e.mentions.push(m);
    entityOf.set(m, e);
  }
  const persons = [...byKey.values()].filter((e) => e.type === 'person');
  for (const short of persons) {
    const long = persons.find((p) => p !== short && endsWithName(p.key, short.key));
    if (!long) continue;
    for (const m of short.mentions) entityOf.set(m, long);
    long.mentions.push(...short.mentions);
    long.aliases.push(short.name);
    byKey.delete(`person:${short.key}`);
  }
  const entities = [...byKey.values()];
  const groups = entities.filter((e) => e.type === 'organization' && e.kind === 'armed_group');
  const mainGroup = groups.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  for (const unit of entities.filter((e) => e.type === 'unit')) {
    const org = unitOrg(tokens, unit.mentions[0]!, mentions, entityOf) ?? mainGroup;
    if (org) unit.org = org;
    unit.key = `${nameKey(unit.name)}|${org?.key ?? ''}`;
  }
  for (const e of entities) e.mentions.sort((a, b) => a.first - b.first);
  return { entities, entityOf, ...(mainGroup ? { mainGroup } : {}) };
}

/** `Abu Mohammed al-Julani` ends with `Mohammed al-Julani`: two words at least, whole words. */
function endsWithName(long: string, short: string): boolean {
  return short.split(' ').length >= 2 && long.length > short.length && long.endsWith(` ${short}`);
}

/** `HTS's media office`, `the media office of HTS`: the group the unit's phrase names. */
function unitOrg(
  tokens: readonly EnToken[],
  unit: EnMention,
  mentions: readonly EnMention[],
  entityOf: Map<EnMention, EnEntity>,
): EnEntity | undefined {
  const before = mentions.find((m) => m.last === unit.first - 1 && tokens[m.last]!.possessive);
  const ofAt = tokens[unit.last + 1]?.lower === 'of' ? unit.last + 2 : -1;
  const after = mentions.find((m) => m.type === 'organization' && (m.first === ofAt || m.first === ofAt + 1));
  const org = before?.type === 'organization' ? before : after;
  return org ? entityOf.get(org) : undefined;
}
