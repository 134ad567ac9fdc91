// Investigations: a researcher's saved view of the canvas (what is on it, where, through which
// filters, on which day, with notes), stored apart from the extracted graph under its own label.
// The view keeps ids, not copies: opening it reads the elements as the graph holds them now, and
// says which are gone (an article retracted since).
import { z } from 'zod';
import { GraphSchema } from './api.ts';

export const INVESTIGATION_LABEL = 'Investigation';

export const INVESTIGATION_LIMITS = {
  nameChars: 120,
  notesChars: 20_000,
  nodes: 2000,
  edges: 8000,
  /** investigations listed at most */
  list: 500,
} as const;

const ElementId = z.string().min(1).max(300);
const Names = z.array(z.string().min(1).max(100)).max(200);

const PositionSchema = z.object({ x: z.number(), y: z.number() });

export const InvestigationViewSchema = z
  .object({
    nodes: z
      .array(ElementId)
      .max(INVESTIGATION_LIMITS.nodes, `an investigation holds at most ${INVESTIGATION_LIMITS.nodes} nodes`)
      .describe('ids of the nodes on the canvas, hidden ones too'),
    edges: z
      .array(ElementId)
      .max(INVESTIGATION_LIMITS.edges, `an investigation holds at most ${INVESTIGATION_LIMITS.edges} claims`)
      .describe('ids of the claims (and other relationships) on the canvas'),
    positions: z
      .record(z.string(), PositionSchema)
      .default({})
      .describe('where each node was drawn, by node id'),
    filters: z
      .object({
        hiddenLabels: Names.default([]),
        hiddenTypes: Names.default([]),
        hiddenRoles: Names.default([]),
        hiddenStatuses: Names.default([]),
        asOf: z.iso.date('asOf is a day of the calendar, YYYY-MM-DD').nullable().default(null),
        keepUndated: z.boolean().default(true),
      })
      .default({
        hiddenLabels: [],
        hiddenTypes: [],
        hiddenRoles: [],
        hiddenStatuses: [],
        asOf: null,
        keepUndated: true,
      }),
    layout: z.enum(['fcose', 'dagre']).default('fcose'),
    expandedGroups: z.array(z.string().max(1000)).max(INVESTIGATION_LIMITS.edges).default([]),
    hidden: z.array(ElementId).max(INVESTIGATION_LIMITS.nodes).default([]).describe('nodes hidden by hand'),
    pinned: z.array(ElementId).max(INVESTIGATION_LIMITS.nodes).default([]).describe('nodes pinned in place'),
    viewport: z
      .object({ zoom: z.number().positive(), pan: PositionSchema })
      .optional()
      .describe('the zoom and pan the canvas was left at'),
    latin: z.boolean().default(false).describe('names shown in Latin transliteration'),
  })
  .meta({ id: 'InvestigationView' });
export type InvestigationView = z.infer<typeof InvestigationViewSchema>;
export type InvestigationViewInput = z.input<typeof InvestigationViewSchema>;

const InvestigationName = z
  .string()
  .trim()
  .min(1, 'the name is empty')
  // declared as a pattern too, so that the API description says a blank name is refused
  .regex(/\S/, 'the name is empty')
  .max(INVESTIGATION_LIMITS.nameChars, `a name has at most ${INVESTIGATION_LIMITS.nameChars} characters`);
const InvestigationNotes = z
  .string()
  .max(INVESTIGATION_LIMITS.notesChars, `notes have at most ${INVESTIGATION_LIMITS.notesChars} characters`);

export const InvestigationParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const InvestigationCreateSchema = z
  .object({ name: InvestigationName, notes: InvestigationNotes.default(''), view: InvestigationViewSchema })
  .meta({ id: 'InvestigationCreate' });
export type InvestigationCreate = z.input<typeof InvestigationCreateSchema>;

/** A save, a rename or new notes: what is given changes, the rest stays (nothing given, nothing changes). */
export const InvestigationUpdateSchema = z
  .object({
    name: InvestigationName.optional(),
    notes: InvestigationNotes.optional(),
    view: InvestigationViewSchema.optional(),
  })
  .meta({ id: 'InvestigationUpdate' });
export type InvestigationUpdate = z.input<typeof InvestigationUpdateSchema>;

export const InvestigationDuplicateSchema = z
  .object({ name: InvestigationName.optional().describe('default: the original name with "(copy)"') })
  .meta({ id: 'InvestigationDuplicate' });

export const InvestigationSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    nodes: z.number().int().describe('nodes the view holds'),
    edges: z.number().int().describe('claims the view holds'),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string().optional().describe('the key label (or role) that created it'),
  })
  .meta({ id: 'InvestigationSummary' });
export type InvestigationSummary = z.infer<typeof InvestigationSummarySchema>;

export const InvestigationListSchema = z
  .object({ investigations: z.array(InvestigationSummarySchema).describe('the most recently changed first') })
  .meta({ id: 'InvestigationList' });

export const InvestigationSchema = InvestigationSummarySchema.extend({
  notes: z.string(),
  view: InvestigationViewSchema,
}).meta({ id: 'Investigation' });
export type Investigation = z.infer<typeof InvestigationSchema>;

/** An investigation opened: its view, with the elements read from the graph as it is now. */
export const OpenedInvestigationSchema = InvestigationSchema.extend({
  graph: GraphSchema,
  missing: z
    .object({ nodes: z.array(z.string()), edges: z.array(z.string()) })
    .describe('ids of the view no longer in the graph (their articles retracted or re-extracted)'),
}).meta({ id: 'OpenedInvestigation' });
export type OpenedInvestigation = z.infer<typeof OpenedInvestigationSchema>;

export const InvestigationDeletedSchema = z
  .object({ deleted: z.string().describe('the id of the investigation deleted') })
  .meta({ id: 'InvestigationDeleted' });
