// The graph vocabulary of ../shared/MODEL.md, declared once. Ingest, server and web import it;
// nothing re-declares a label, relationship type or role class.

export const ENTITY_LABELS = ['Person', 'Organization', 'Unit', 'Place'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every entity node carries this label as well as its own. */
export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';
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

/** Relationship types that are not claims: resolution, mentions, provenance. */
export const STRUCTURAL_TYPES = ['SAME_AS', 'MENTIONED_IN', 'PUBLISHED_BY'] as const;
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

/** Which labels each claim type may join, from MODEL.md's relationship table. */
export const CLAIM_ENDPOINTS: Record<
  ClaimType,
  { from: readonly EntityLabel[]; to: readonly EntityLabel[] }
> = {
  HOLDS_ROLE: { from: ['Person'], to: ['Organization', 'Unit'] },
  MEMBER_OF: { from: ['Person'], to: ['Organization', 'Unit'] },
  // MODEL.md names Unit → Organization/Unit; a division or branch read as an organization of its
  // own (الفرقة الرابعة of the regime) is part of another just the same.
  PART_OF: { from: ['Unit', 'Organization'], to: ['Organization', 'Unit'] },
  CONTROLS: { from: ['Organization', 'Unit'], to: ['Place'] },
  LOCATED_IN: { from: ['Place', 'Unit'], to: ['Place'] },
  ARRESTED: { from: ['Organization', 'Unit', 'Person'], to: ['Person', 'Organization'] },
  KILLED: { from: ['Organization', 'Unit', 'Person'], to: ['Person', 'Organization'] },
  REPLACED: { from: ['Person'], to: ['Person'] },
  CLOSE_TO: { from: ['Person'], to: ['Person'] },
  RELATIVE_OF: { from: ['Person'], to: ['Person'] },
  MET_WITH: { from: ENTITY_LABELS, to: ENTITY_LABELS },
  NEGOTIATED_WITH: { from: ENTITY_LABELS, to: ENTITY_LABELS },
  DEFECTED_FROM: { from: ['Person'], to: ['Organization', 'Unit'] },
  LEFT_VIA: { from: ENTITY_LABELS, to: ['Place'] },
  MOVED_TO: { from: ENTITY_LABELS, to: ['Place'] },
  STATED_TO: { from: ['Person'], to: ['Organization'] },
};
