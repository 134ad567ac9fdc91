// The contract of the researcher's screens: a person's and an organization's profile (roles
// consolidated into periods, the roster of a group, its units as a tree), the state on a date,
// and the overview's summary. Claims stay claims: every row names the claim ids behind it.
import { z } from 'zod';
import { ArticleMetaOutSchema, EntityRefSchema, GraphNodeSchema, SameAsRefSchema } from './api.ts';
import { ROLE_STATUSES } from './vocabulary.ts';

export const ProfileQuerySchema = z.object({
  // A calendar day, declared as `format: date`, so that the API description says what is accepted.
  asOf: z.iso
    .date('asOf is a day of the calendar, YYYY-MM-DD')
    .optional()
    .describe(
      'the state on this day: claims dated later are left out, each role shows its latest status up to it; undated claims are listed apart',
    ),
});
export type ProfileQuery = z.infer<typeof ProfileQuerySchema>;

export const RoleStatusSchema = z.enum(ROLE_STATUSES).meta({ id: 'RoleStatus' });

export const StatusStepSchema = z
  .object({
    status: RoleStatusSchema,
    asOf: z.string().optional().describe('the first day a source reported this status (none: undated)'),
    claims: z.number().int(),
  })
  .meta({ id: 'StatusStep' });
export type StatusStep = z.infer<typeof StatusStepSchema>;

export const RolePeriodSchema = z
  .object({
    person: EntityRefSchema,
    body: EntityRefSchema.describe('the organization or unit the role is held in'),
    role: z.string().describe('role class (ROLE_CLASSES of the model)'),
    titles: z.array(z.string()).describe('the words the sources used, each once'),
    status: RoleStatusSchema.describe('the latest status reported (up to asOf when given)'),
    firstSeen: z.string().optional().describe('earliest claim date of the period'),
    lastSeen: z.string().optional().describe('latest claim date of the period'),
    steps: z
      .array(StatusStepSchema)
      .describe('status transitions in date order (a repeated status is one step)'),
    sources: z.number().int().describe('distinct articles behind the period'),
    claims: z.array(z.string()).describe('claim ids (GET /api/claims?ids=...)'),
    undatedClaims: z.number().int().describe('claims of the period with no date'),
    conflict: z
      .string()
      .optional()
      .describe('set when sources disagree: two statuses, one holding and one not, on the same day'),
    killed: z
      .string()
      .optional()
      .describe(
        'the day its holder was reported killed, after the last claim of a post still held: the post ends there',
      ),
  })
  .meta({ id: 'RolePeriod' });
export type RolePeriod = z.infer<typeof RolePeriodSchema>;

export const LinkSchema = z
  .object({
    type: z.string().describe('claim type'),
    direction: z.enum(['out', 'in']),
    other: EntityRefSchema,
    firstSeen: z.string().optional(),
    lastSeen: z.string().optional(),
    sources: z.number().int(),
    claims: z.array(z.string()),
  })
  .meta({ id: 'Link' });
export type Link = z.infer<typeof LinkSchema>;

export const ProfileEventSchema = z
  .object({
    kind: z.string().describe('a claim type (ARRESTED, KILLED, DEFECTED_FROM) or appointed / dismissed'),
    direction: z.enum(['out', 'in']).describe("'in': done to the profile's entity"),
    other: EntityRefSchema,
    asOf: z.string().optional(),
    claim: z.string(),
    article: z.string().optional(),
    role: z.string().optional(),
  })
  .meta({ id: 'ProfileEvent' });
export type ProfileEvent = z.infer<typeof ProfileEventSchema>;

export const ClaimDateCountSchema = z
  .object({ month: z.string().describe('YYYY-MM'), count: z.number().int() })
  .meta({ id: 'ClaimDateCount' });

const profileBase = {
  entity: GraphNodeSchema.shape.data,
  asOf: z.string().optional(),
  names: z.object({
    name: z.string(),
    latin: z.string().optional(),
    aliases: z.array(z.string()).describe('every spelling seen, Arabic and Latin'),
  }),
  sameAs: z.array(SameAsRefSchema),
  events: z.array(ProfileEventSchema).describe('oldest first, undated last'),
  articles: z.array(ArticleMetaOutSchema.extend({ count: z.number().int() })),
  claimDates: z
    .object({ months: z.array(ClaimDateCountSchema), undated: z.number().int() })
    .describe("the profile's claims by month, for the date picker's histogram (never cut by asOf)"),
};

export const PersonProfileSchema = z
  .object({
    ...profileBase,
    roles: z.array(RolePeriodSchema).describe('one row per role, body and period, oldest first'),
    undatedRoles: z.array(RolePeriodSchema).describe('roles only undated claims report'),
    affiliations: z.array(LinkSchema).describe('MEMBER_OF and DEFECTED_FROM'),
    associates: z.array(LinkSchema).describe('relatives, people close to, replaced, met'),
  })
  .meta({ id: 'PersonProfile' });
export type PersonProfile = z.infer<typeof PersonProfileSchema>;

/** One unit of a group's tree, listed parents first (a flat list: the tree is `parent` links). */
export const UnitBranchSchema = z
  .object({
    unit: EntityRefSchema.extend({ kind: z.string().optional() }),
    parent: z.string().describe('id of the organization or unit it is PART_OF'),
    depth: z.number().int().describe('1: directly part of the group'),
  })
  .meta({ id: 'UnitBranch' });
export type UnitBranch = z.infer<typeof UnitBranchSchema>;

export const OrganizationProfileSchema = z
  .object({
    ...profileBase,
    roster: z.array(RolePeriodSchema).describe('who held which role, in the group or its units, and when'),
    undatedRoster: z.array(RolePeriodSchema),
    leaders: z.array(RolePeriodSchema).describe("the roster's leaders of the group itself, oldest first"),
    members: z.array(LinkSchema).describe('people MEMBER_OF the group or its units'),
    units: z.array(UnitBranchSchema).describe('units PART_OF the group (transitively), parents first'),
    territory: z.array(LinkSchema).describe('places it CONTROLS or is LOCATED_IN'),
  })
  .meta({ id: 'OrganizationProfile' });
export type OrganizationProfile = z.infer<typeof OrganizationProfileSchema>;

// ---- the overview's summary: what the graph holds, at first sight ----

export const TopOrganizationSchema = z
  .object({
    organization: EntityRefSchema.extend({ kind: z.string().optional() }),
    degree: z.number().int().describe('relationships to other entities'),
    people: z.array(z.object({ person: EntityRefSchema, roles: z.array(z.string()) })),
    places: z.array(EntityRefSchema).describe('places it CONTROLS'),
  })
  .meta({ id: 'TopOrganization' });
export type TopOrganization = z.infer<typeof TopOrganizationSchema>;

export const SummaryResponseSchema = z
  .object({
    counts: z.object({
      articles: z.number().int(),
      entities: z
        .record(z.string(), z.number().int())
        .describe('by label: Person, Organization, Unit, Place'),
      claims: z.number().int(),
    }),
    dates: z.object({
      first: z.string().optional().describe('earliest article date'),
      last: z.string().optional(),
      undatedArticles: z.number().int(),
    }),
    topOrganizations: z.array(TopOrganizationSchema),
    recentArticles: z.array(ArticleMetaOutSchema),
  })
  .meta({ id: 'SummaryResponse' });
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;
