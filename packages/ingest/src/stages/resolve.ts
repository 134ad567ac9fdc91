// Stage 5: which mentions are the same entity within the article. `دهمان` joins
// `ابو العز دهمان`; `التنظيم` is the article's main armed group; `المخيم` the camp last named.
// Each entity is named by its fullest form, with the other forms as aliases; across articles the
// name key (nameKey) and the planner's deterministic ids do the rest.
import { nameKey, type OrganizationKind, type PlaceKind, type UnitKind } from '@shabaka/model';
import { ORGANIZATION_HEADS } from '../gazetteer/organizations.ts';
import { DEPARTMENT_HEADS, UNIT_PARENTS } from '../gazetteer/units.ts';
import type { Mention, MentionType, Recognized } from './recognize.ts';

/** Head words of body names (`فرقة`, `شبكة`), without the article, as name keys. */
const DEPARTMENTS = new Set(DEPARTMENT_HEADS.map(nameKey));
const HEAD_KEYS = new Set([...ORGANIZATION_HEADS.keys()].map((w) => nameKey(w).replace(/^ال/, '')));

export interface Entity {
  /** Index within the article. */
  index: number;
  type: MentionType;
  name: string;
  key: string;
  aliases: string[];
  kind?: OrganizationKind | UnitKind | PlaceKind;
  mentions: Mention[];
  /** For a unit: the organization entity it belongs to. */
  org?: Entity;
}

export interface Resolved {
  entities: Entity[];
  entityOf: Map<number, Entity>;
  /** The armed group the article is mostly about, that `التنظيم` refers to. */
  mainGroup?: Entity;
}

export function resolve(recognized: Recognized): Resolved {
  const { mentions } = recognized;
  const entities: Entity[] = [];
  const entityOf = new Map<number, Entity>();
  const byKey = new Map<string, Entity>();

  const attach = (m: Mention, entity: Entity) => {
    entity.mentions.push(m);
    entityOf.set(m.id, entity);
    const surface = m.name.trim();
    if (surface && surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
  };
  // A unit keeps the article's own words for it (units carry no aliases): `الجهاز الأمني`, not the
  // gazetteer's `المكتب الأمني`, though both forms still resolve to one unit by the canonical key.
  const nameOf = (m: Mention) => (m.type === 'unit' ? m.name : (m.canonical ?? m.name));
  const create = (m: Mention, key: string, name = nameOf(m)): Entity => {
    const entity: Entity = { index: entities.length, type: m.type, name, key, aliases: [], mentions: [] };
    if (m.kind) entity.kind = m.kind;
    entities.push(entity);
    byKey.set(`${m.type}:${key}`, entity);
    attach(m, entity);
    return entity;
  };
  const keyOf = (m: Mention) => nameKey(m.canonical ?? m.name);

  // A formation the text once attaches to another body is a unit wherever it is named.
  const unitKeys = new Set(mentions.filter((m) => m.type === 'unit').map(keyOf));
  for (const m of mentions)
    if (m.type === 'organization' && !m.canonical && unitKeys.has(keyOf(m)))
      Object.assign(m, { type: 'unit', kind: 'military' });

  // Organizations, units and places: by canonical name or key.
  for (const m of mentions) {
    if (m.type === 'person' || m.anaphor) continue;
    const key = keyOf(m);
    const existing = byKey.get(`${m.type}:${key}`);
    if (existing) attach(m, existing);
    else create(m, key);
  }

  joinShortForms(entities, attach);

  const mainGroup = mostMentioned(entities, (e) => e.type === 'organization' && e.kind === 'armed_group');
  // `التنظيم` is the group the article called `تنظيم X`, which need not be the one most mentioned.
  const tanzim =
    mostMentioned(
      entities,
      (e) => e.type === 'organization' && e.mentions.some((m) => calledTanzim(recognized, m)),
    ) ?? mainGroup;
  for (const m of mentions) {
    if (m.anaphor === 'group' && tanzim) attach(m, tanzim);
    if (m.anaphor === 'head') {
      // `الكتائب` → the last body named `كتائب ...`; `الهيئة` → `هيئة تحرير الشام`.
      const head = m.genitive ?? '';
      const named = lastBefore(
        mentions,
        m,
        (c) =>
          (c.type === 'organization' || c.type === 'unit') &&
          !c.anaphor &&
          nameKey(c.canonical ?? c.name)
            .replace(/^ال/, '')
            .startsWith(head),
        entityOf,
      );
      const known =
        named ??
        entities.find(
          (e) =>
            (e.type === 'organization' || e.type === 'unit') && e.key.replace(/^ال/, '').startsWith(head),
        );
      if (known) attach(m, known);
    }
    if (m.anaphor === 'camp') {
      const camp = lastBefore(
        mentions,
        m,
        (c) => c.type === 'place' && c.kind === 'camp' && !c.anaphor,
        entityOf,
      );
      if (camp) attach(m, camp);
    }
  }

  // `ريف حلب` also names حلب: the base place is an entity, so that claims can point at it.
  for (const m of mentions) {
    if (!m.within?.base || byKey.has(`place:${nameKey(m.within.place)}`)) continue;
    const base = create(
      { ...m, canonical: m.within.place, kind: m.within.kind, within: undefined },
      nameKey(m.within.place),
    );
    base.aliases = [];
  }
  resolvePersons(mentions, create, attach);
  for (const entity of entities) if (entity.type === 'person') nameByFullestForm(entity);
  attachUnitsToOrganizations(recognized, entities, entityOf, mainGroup);

  const used = entities.filter((e) => e.mentions.length > 0);
  used.forEach((e, i) => {
    e.index = i;
  });
  return { entities: used, entityOf, ...(mainGroup ? { mainGroup } : {}) };
}

/**
 * `الحمزات` is `فرقة الحمزات`, `الخابور` is `شبكة الخابور`: a body named without the head word of
 * another body's name is that body. Its mentions move over; the emptied entity is dropped later.
 */
function joinShortForms(entities: readonly Entity[], attach: (m: Mention, e: Entity) => void): void {
  const bodies = entities.filter((e) => e.type === 'organization' || e.type === 'unit');
  for (const full of bodies) {
    const [head, ...rest] = full.key.split(' ');
    if (!head || rest.length === 0 || !HEAD_KEYS.has(head.replace(/^ال/, ''))) continue;
    const short = rest.join(' ');
    for (const other of bodies) {
      if (other === full || other.key !== short || other.mentions.length === 0) continue;
      for (const m of other.mentions.splice(0)) attach(m, full);
      full.mentions.sort((a, b) => a.start - b.start);
    }
  }
}

/** `تنظيم “داعش”`, `لتنظيم داعش`: the word before the mention (past a quote) is `تنظيم`. */
function calledTanzim({ tokens }: Recognized, m: Mention): boolean {
  let j = m.first - 1;
  if (tokens[j]?.kind === 'quote') j--;
  return [j, m.first].some((k) => /^[وفبل]?(لل|ل)?تنظيم$/.test(tokens[k]?.key ?? ''));
}

function mostMentioned(entities: readonly Entity[], filter: (e: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) if (filter(e) && (!best || e.mentions.length > best.mentions.length)) best = e;
  return best;
}

function lastBefore(
  mentions: readonly Mention[],
  m: Mention,
  filter: (c: Mention) => boolean,
  entityOf: Map<number, Entity>,
): Entity | undefined {
  for (let i = m.id - 1; i >= 0; i--) {
    const c = mentions[i]!;
    if (filter(c)) return entityOf.get(c.id);
  }
  return undefined;
}

/**
 * Persons: full names (two words or more) first, in text order; then every shorter form joins the
 * person whose name it ends or starts (`دهمان`, `ابو العز`), the one last named before it if two do.
 */
function resolvePersons(
  mentions: readonly Mention[],
  create: (m: Mention, key: string) => Entity,
  attach: (m: Mention, e: Entity) => void,
): void {
  const persons = mentions.filter((m) => m.type === 'person');
  const people: Entity[] = [];
  const wordsOf = (name: string) => nameKey(name).split(' ');
  const sorted = [...persons].sort((a, b) => wordsOf(b.name).length - wordsOf(a.name).length || a.id - b.id);
  for (const m of sorted) {
    const words = wordsOf(m.name);
    const key = words.join(' ');
    const candidates = people.filter((p) => {
      const all = [p.key, ...p.aliases.map(nameKey)];
      if (all.includes(key)) return true;
      const full = p.key.split(' ');
      if (words.length >= full.length) return false;
      const isSuffix = words.every((w, i) => full[full.length - words.length + i] === w);
      const isPrefix = words.length >= 2 && words.every((w, i) => full[i] === w);
      return isSuffix || isPrefix;
    });
    const named = m.aliasOf ? people.find((p) => p.mentions.includes(m.aliasOf!)) : undefined;
    const best = named ?? (candidates.length > 1 ? nearestBefore(candidates, m) : candidates[0]);
    if (best) attach(m, best);
    else people.push(create(m, key));
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
}

function nearestBefore(candidates: Entity[], m: Mention): Entity {
  let best = candidates[0]!;
  let bestAt = -1;
  for (const c of candidates) {
    const at = Math.max(-1, ...c.mentions.filter((x) => x.start < m.start).map((x) => x.start));
    if (at > bestAt) {
      best = c;
      bestAt = at;
    }
  }
  return best;
}

function nameByFullestForm(entity: Entity): void {
  const forms = [...new Set([...entity.mentions.map((m) => m.name.trim()), entity.name, ...entity.aliases])];
  const fullest = forms.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a));
  entity.aliases = [...new Set(forms.filter((f) => nameKey(f) !== nameKey(fullest)))];
  entity.name = fullest;
  entity.key = nameKey(fullest);
}

const ATTACHMENT = new Set([
  'التابع',
  'التابعه',
  'التابعين',
  'المنضوي',
  'المنضويه',
  'المنضوين',
  'تحت',
  'في',
  'ضمن',
  'ل',
]);

/** Past an alias in parentheses (`قوى الأمن الداخلي (الأسايش)`): the token after `)`, or j itself. */
export function pastParenthesis(tokens: Recognized['tokens'], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  for (let k = j + 1; k < j + 6 && k < tokens.length; k++) if (tokens[k]!.text === ')') return k + 1;
  return j;
}

/** The token before the parenthesis that closes at j (`X (وزير الأوقاف السابق) محافظاً`), or j. */
export function beforeParenthesis(tokens: Recognized['tokens'], j: number): number {
  if (tokens[j]?.text === '(') return j - 1;
  if (tokens[j]?.text !== ')') return j;
  for (let k = j - 1; k > j - 8 && k >= 0; k--) if (tokens[k]!.text === '(') return k - 1;
  return j;
}

/** `المكتب الأمني للتنظيم`, `“الحسبة” التابعة لتنظيم “داعش”`, `اللواء المنضوي تحت الفيلق`. */
export function ownerAfter(
  recognized: Recognized,
  m: Mention,
  entityOf: Map<number, Entity>,
): Entity | undefined {
  let j = pastParenthesis(recognized.tokens, m.last + 1);
  // `“X” التابع لـ“Y”`: two quotes, the attachment and the preposition may stand between.
  for (let steps = 0; steps < 5; steps++, j++) {
    const t = recognized.tokens[j];
    if (!t || t.sentence !== m.sentence) return undefined;
    const next = recognized.at[j];
    if (next && next !== m) {
      // `المكتب الأمني والجناح العسكري`: a body joined by `و` is a second body, not the owner.
      const joined = next.start > t.start && t.key.startsWith('و');
      return next.first === j && !joined && (next.type === 'organization' || next.type === 'unit')
        ? entityOf.get(next.id)
        : undefined;
    }
    if (t.kind !== 'quote' && !ATTACHMENT.has(t.key)) return undefined;
  }
  return undefined;
}

/**
 * A unit belongs to the organization named right after it (`المكتب الأمني للتنظيم`), else to the one
 * it is known to belong to (`ولاية خراسان` → داعش) if the article names it, else to the main group —
 * unless it is a department of any body (`جهاز X`, `قسم X`), whose owner the text must name.
 */
function attachUnitsToOrganizations(
  recognized: Recognized,
  entities: readonly Entity[],
  entityOf: Map<number, Entity>,
  mainGroup: Entity | undefined,
): void {
  for (const unit of entities) {
    if (unit.type !== 'unit') continue;
    for (const m of unit.mentions) {
      const owner = ownerAfter(recognized, m, entityOf);
      if (owner && owner !== unit) {
        unit.org = owner;
        break;
      }
    }
    if (unit.org) continue;
    const parent = UNIT_PARENTS.get(unit.key);
    const known = parent && entities.find((e) => e.type === 'organization' && e.key === nameKey(parent));
    if (known) unit.org = known;
    else if (mainGroup && !DEPARTMENTS.has(unit.key.split(' ')[0]!)) unit.org = mainGroup;
  }
}
