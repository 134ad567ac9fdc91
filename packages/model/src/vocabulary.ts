// The graph vocabulary of ../shared/MODEL.md, declared once. Ingest, server and web import it;
// nothing re-declares a label, relationship type or role class.

export const ENTITY_LABELS = ['Person', 'Organization', 'Unit', 'Place'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The kinds of entity, as the extraction contract and the engine name them, with their node label and id prefix. */
export const ENTITY_TYPE_INFO = {
  person: { label: 'Person', idPrefix: 'per' },
  organization: { label: 'Organization', idPrefix: 'org' },
  unit: { label: 'Unit', idPrefix: 'unit' },
  place: { label: 'Place', idPrefix: 'plc' },
} as const satisfies Record<string, { label: EntityLabel; idPrefix: string }>;
export type EntityType = keyof typeof ENTITY_TYPE_INFO;
export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_INFO) as EntityType[];

/** Every entity node carries this label as well as its own. */
export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';
/**
 * The label of one key, never stored: writers that link republished copies take its lock in turn,
 * so that an article's copy lookup sees every article written before it, by any process.
 */
export const STORY_LOCK_LABEL = 'StoryLock';
export const NODE_LABELS = [ARTICLE_LABEL, ...ENTITY_LABELS] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types that are one article's claim, each with its own evidence. */
export const CLAIM_TYPES = [
  'HOLDS_ROLE',
  'MEMBER_OF',
  'PART_OF',
  'CONTROLS',
  'LOCATED_IN',
  'ARRESTED',
  'KILLED',
  'REPLACED',
  'CLOSE_TO',
  'RELATIVE_OF',
  'MET_WITH',
  'NEGOTIATED_WITH',
  'DEFECTED_FROM',
  'LEFT_VIA',
  'MOVED_TO',
  'STATED_TO',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/**
 * Relationship types that are not claims: resolution, mentions, provenance, and republication:
 * `(copy:Article)-[:COPY_OF {similarity}]->(original:Article)`, an article whose text is a
 * near-duplicate of an earlier-published one. Every article also carries `story`, the id of its
 * story's original (its own id when it is the original or has no copy); an original also carries
 * `storyBands`, the MinHash band keys its copies are found by. A story counts once however many outlets republished it.
 */
export const STRUCTURAL_TYPES = ['SAME_AS', 'MENTIONED_IN', 'PUBLISHED_BY', 'COPY_OF'] as const;
export type StructuralType = (typeof STRUCTURAL_TYPES)[number];

export const RELATIONSHIP_TYPES = [...CLAIM_TYPES, ...STRUCTURAL_TYPES] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Predicates of the extraction contract are the claim types in lower case. */
export type Predicate = Lowercase<Exclude<ClaimType, 'HOLDS_ROLE'>>;
export const PREDICATES = CLAIM_TYPES.filter((t) => t !== 'HOLDS_ROLE').map((t) =>
  t.toLowerCase(),
) as Predicate[];

export function predicateToClaimType(predicate: Predicate): ClaimType {
  return predicate.toUpperCase() as ClaimType;
}

export function claimTypeToPredicate(type: ClaimType): Predicate {
  return type.toLowerCase() as Predicate;
}

export const ROLE_CLASSES = [
  'leader',
  'deputy_leader',
  'security_chief',
  'media_chief',
  'military_commander',
  'sharia_official',
  'hisbah',
  'spokesperson',
  'minister',
  'official',
  'senior_member',
  'member',
  'other',
] as const;
export type RoleClass = (typeof ROLE_CLASSES)[number];

export const ROLE_STATUSES = ['current', 'former', 'appointed', 'dismissed', 'unknown'] as const;
export type RoleStatus = (typeof ROLE_STATUSES)[number];

/**
 * How a role's status reads, and whether it says the holder is in the post (`holding`) or out of
 * it (a timeline closes a period at a status that is not holding; `unknown` says neither).
 */
export const ROLE_STATUS_INFO: Record<RoleStatus, { label: { en: string; ar: string }; holding?: boolean }> =
  {
    current: { label: { en: 'current', ar: 'حالي' }, holding: true },
    appointed: { label: { en: 'appointed', ar: 'عُيّن' }, holding: true },
    former: { label: { en: 'former', ar: 'سابق' }, holding: false },
    dismissed: { label: { en: 'dismissed', ar: 'عُزل' }, holding: false },
    unknown: { label: { en: 'unknown', ar: 'غير معروف' } },
  };

export const ORGANIZATION_KINDS = [
  'armed_group',
  'government',
  'security_branch',
  'media',
  'ngo',
  'party',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const UNIT_KINDS = [
  'security',
  'media',
  'hisbah',
  'sharia',
  'military',
  'administrative',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const PLACE_KINDS = [
  'country',
  'governorate',
  'region',
  'city',
  'town',
  'village',
  'camp',
  'neighbourhood',
  'crossing',
  'street',
  'other',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const SAME_AS_JUDGEMENTS = ['unsure', 'confirmed', 'rejected'] as const;
export type SameAsJudgement = (typeof SAME_AS_JUDGEMENTS)[number];

/** What a claim type means: the labels it joins (MODEL.md's relationship table), how it reads. */
export interface ClaimTypeInfo {
  from: readonly EntityLabel[];
  to: readonly EntityLabel[];
  label: { en: string; ar: string };
  /** A source may deny it (`نفى`): a denial is kept as `negated`, not dropped. */
  negatable: boolean;
  /** One colour per type, shared by every view that draws claims. */
  colour: string;
}

const claim = (
  from: readonly EntityLabel[],
  to: readonly EntityLabel[],
  en: string,
  ar: string,
  colour: string,
  negatable = true,
): ClaimTypeInfo => ({ from, to, label: { en, ar }, negatable, colour });

export const CLAIM_TYPE_INFO: Record<ClaimType, ClaimTypeInfo> = {
  HOLDS_ROLE: claim(['Person'], ['Organization', 'Unit'], 'holds role', 'يشغل منصباً', '#1f77b4'),
  MEMBER_OF: claim(['Person'], ['Organization', 'Unit'], 'member of', 'عضو في', '#d62728'),
  // MODEL.md names Unit → Organization/Unit; a division or branch read as an organization of its
  // own (الفرقة الرابعة of the regime) is part of another just the same.
  PART_OF: claim(['Unit', 'Organization'], ['Organization', 'Unit'], 'part of', 'تابع لـ', '#2ca02c', false),
  CONTROLS: claim(['Organization', 'Unit'], ['Place'], 'controls', 'يسيطر على', '#9467bd'),
  // Where a unit sits, and where a person was when the reported event happened.
  LOCATED_IN: claim(
    ['Place', 'Unit', 'Person', 'Organization'],
    ['Place'],
    'located in',
    'يقع في',
    '#8c564b',
    false,
  ),
  ARRESTED: claim(
    ['Organization', 'Unit', 'Person'],
    ['Person', 'Organization'],
    'arrested',
    'اعتقل',
    '#e377c2',
  ),
  KILLED: claim(['Organization', 'Unit', 'Person'], ['Person', 'Organization'], 'killed', 'قتل', '#17becf'),
  REPLACED: claim(['Person'], ['Person'], 'replaced', 'خلف', '#bcbd22'),
  CLOSE_TO: claim(['Person'], ['Person'], 'close to', 'مقرب من', '#ff7f0e', false),
  RELATIVE_OF: claim(['Person'], ['Person'], 'relative of', 'قريب', '#7f7f7f', false),
  MET_WITH: claim(ENTITY_LABELS, ENTITY_LABELS, 'met with', 'التقى', '#1f77b4'),
  NEGOTIATED_WITH: claim(ENTITY_LABELS, ENTITY_LABELS, 'negotiated with', 'فاوض', '#d62728'),
  DEFECTED_FROM: claim(['Person'], ['Organization', 'Unit'], 'defected from', 'انشق عن', '#2ca02c'),
  LEFT_VIA: claim(ENTITY_LABELS, ['Place'], 'left via', 'خرج عبر', '#9467bd'),
  MOVED_TO: claim(ENTITY_LABELS, ['Place'], 'moved to', 'انتقل إلى', '#8c564b'),
  STATED_TO: claim(['Person'], ['Organization'], 'stated to', 'صرح لـ', '#e377c2', false),
};

/**
 * What a role class means: a post in an armed group's ranks (`group`: with no body named it belongs
 * to the article's main group), a civil post (`civil`: it belongs to a government), or neither; the
 * unit kinds whose head holds it; how it reads in both languages.
 */
export interface RoleClassInfo {
  kind: 'group' | 'civil' | 'other';
  heads: readonly UnitKind[];
  /** A post below the top of a group: its holder is a member of the group. */
  membership: boolean;
  label: { en: string; ar: string };
}

const role = (
  kind: RoleClassInfo['kind'],
  en: string,
  ar: string,
  heads: readonly UnitKind[] = [],
  membership = kind === 'group',
): RoleClassInfo => ({ kind, heads, membership, label: { en, ar } });

export const ROLE_CLASS_INFO: Record<RoleClass, RoleClassInfo> = {
  leader: role('group', 'leader', 'أمير / قائد', ['other'], false),
  deputy_leader: role('group', 'deputy leader', 'نائب الأمير'),
  security_chief: role('group', 'security chief', 'الأمني', ['security']),
  media_chief: role('group', 'media chief', 'الإعلامي', ['media']),
  military_commander: role('group', 'military commander', 'القائد العسكري', ['military']),
  sharia_official: role('group', 'sharia official', 'الشرعي', ['sharia']),
  hisbah: role('group', 'hisbah', 'الحسبة', ['hisbah']),
  spokesperson: role('other', 'spokesperson', 'المتحدث الرسمي', [], true),
  minister: role('civil', 'minister', 'وزير'),
  official: role('civil', 'official', 'مسؤول', ['administrative'], true),
  senior_member: role('group', 'senior member', 'قيادي'),
  member: role('group', 'member', 'عنصر'),
  other: role('other', 'other', 'آخر'),
};

/** The role class a unit's head holds, by the unit's kind. */
export function roleOfUnitHead(kind: UnitKind): RoleClass {
  const found = (Object.entries(ROLE_CLASS_INFO) as [RoleClass, RoleClassInfo][]).find(([, info]) =>
    info.heads.includes(kind),
  );
  return found?.[0] ?? 'leader';
}

/**
 * How sure a consolidated claim is, in the researcher's terms (after Security Force Monitor's
 * WhoWasInCommand): `high` when at least `HIGH_CONFIDENCE_SOURCES` independent outlets (copies
 * counted once) say it and nothing contradicts it, `low` otherwise.
 */
export const CONFIDENCE_LEVELS = ['high', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
export const HIGH_CONFIDENCE_SOURCES = 2;

/** What the text says of a claim's standing: the group announced it, another party confirmed it, or it was denied. */
export const CLAIM_STATES = ['announced', 'confirmed', 'denied'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** Posts a unit has one holder of at a time: two current holders at once contradict each other. */
export const SINGLE_HOLDER_ROLES: readonly RoleClass[] = [
  'leader',
  'deputy_leader',
  'security_chief',
  'media_chief',
  'military_commander',
];

/**
 * Claims about a person that cannot all be true at once (after the checks of Wikidata's
 * position-held statements: overlapping terms, successors that disagree), with how they read.
 */
export const CONTRADICTION_KINDS = {
  concurrent_holders: 'two current holders of one post on overlapping dates',
  current_after_end: 'a role stated current after a dated killing, dismissal or end of the role',
  negated: 'a claim denied by one source and affirmed by another',
  successor_mismatch: 'two successors named for one predecessor in one role',
} as const;
export type ContradictionKind = keyof typeof CONTRADICTION_KINDS;

/** Days apart within which two claims dated only by their articles overlap (a claim holds at least on its article's day). */
export const OVERLAP_DAYS = 14;

/**
 * How precise a date the text states is: a year (`2019`), a month (`2019-03`) or a day
 * (`2019-03-04`). The ISO form of a stated date is its precision: its length says which.
 */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
