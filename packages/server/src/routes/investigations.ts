// Saved investigations: list, create, open, save/rename, duplicate, delete. Anyone with access
// reads them and makes new ones (they never change the extracted graph); changing or deleting
// one is for the key that made it, or an editor.
import { randomUUID } from 'node:crypto';
import {
  type Investigation,
  InvestigationCreateSchema,
  InvestigationDeletedSchema,
  InvestigationDuplicateSchema,
  InvestigationListSchema,
  InvestigationParamsSchema,
  InvestigationSchema,
  type InvestigationSummary,
  InvestigationUpdateSchema,
  INVESTIGATION_LIMITS,
  type InvestigationView,
  InvestigationViewSchema,
  OpenedInvestigationSchema,
} from '@shabaka/model';
import { type Request, Router } from 'express';
import neo4j, { type ManagedTransaction, type Node } from 'neo4j-driver';
import { type AppContext, num, readTx, send, writeTx } from '../context.ts';
import { corroborate } from '../corroboration.ts';
import { ApiError, parseInput } from '../errors.ts';
import { GraphCollector } from '../graph.ts';
import * as Q from '../investigation-queries.ts';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

function summaryOf(p: Record<string, unknown>): InvestigationSummary {
  const createdBy = text(p.createdBy);
  return {
    id: text(p.id),
    name: text(p.name),
    nodes: num(p.nodes),
    edges: num(p.edges),
    createdAt: text(p.createdAt),
    updatedAt: text(p.updatedAt),
    ...(createdBy ? { createdBy } : {}),
  };
}

function investigationOf(node: Node): Investigation {
  const p = node.properties as Record<string, unknown>;
  return {
    ...summaryOf(p),
    notes: text(p.notes),
    view: InvestigationViewSchema.parse(JSON.parse(text(p.view))),
  };
}

/** The stored form of a view: its JSON, and its size for the list. */
const stored = (view: InvestigationView) => ({
  view: JSON.stringify(view),
  nodes: neo4j.int(view.nodes.length),
  edges: neo4j.int(view.edges.length),
});

async function find(tx: ManagedTransaction, id: string): Promise<Investigation> {
  const node = (await tx.run(Q.INVESTIGATION, { id })).records[0]?.get('i') as Node | undefined;
  if (!node) throw new ApiError('not_found', `No investigation has the id "${id}".`);
  return investigationOf(node);
}

/** Its maker (by key label or role) and editors may change an investigation; others duplicate it. */
function mayChange(req: Request, investigation: Investigation): void {
  if (req.role === 'editor' || (investigation.createdBy && investigation.createdBy === req.caller)) return;
  throw new ApiError(
    'forbidden',
    `Only its maker (${investigation.createdBy ?? 'unknown'}) or an editor may change or delete "${investigation.name}"; duplicate it to make a copy of your own.`,
  );
}

const nodeOf = (record: { get(key: string): unknown }) => record.get('i') as Node;

async function create(
  tx: ManagedTransaction,
  req: Request,
  { name, notes, view }: Pick<Investigation, 'name' | 'notes' | 'view'>,
): Promise<Node> {
  const params = { id: randomUUID(), name, notes, ...stored(view), now: new Date().toISOString() };
  return nodeOf((await tx.run(Q.CREATE_INVESTIGATION, { ...params, by: req.caller ?? null })).records[0]!);
}

export function investigationRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/investigations', async (_req, res) => {
    const investigations = await readTx(ctx, async (tx) =>
      (await tx.run(Q.LIST_INVESTIGATIONS, { limit: neo4j.int(INVESTIGATION_LIMITS.list) })).records.map(
        (r) => summaryOf(r.get('i') as Record<string, unknown>),
      ),
    );
    send(res, InvestigationListSchema, { investigations });
  });

  router.post('/investigations', async (req, res) => {
    const fields = parseInput(InvestigationCreateSchema, req.body, 'investigation');
    const node = await writeTx(ctx, (tx) => create(tx, req, fields));
    send(res, InvestigationSchema, investigationOf(node));
  });

  router.get('/investigations/:id', async (req, res) => {
    const { id } = parseInput(InvestigationParamsSchema, req.params, 'investigation id');
    const body = await readTx(ctx, async (tx) => {
      const investigation = await find(tx, id);
      const { nodes, edges } = investigation.view;
      const record = (await tx.run(Q.INVESTIGATION_ELEMENTS, { nodes, edges })).records[0];
      const collector = new GraphCollector();
      collector.collect(record?.get('found'));
      collector.collect(record?.get('relationships'));
      const { droppedEdges: _dropped, ...graph } = collector.build();
      await corroborate(tx, graph);
      const foundNodes = new Set(graph.nodes.map((n) => n.data.id));
      const foundEdges = new Set(graph.edges.map((e) => e.data.id));
      return {
        ...investigation,
        graph,
        missing: {
          nodes: nodes.filter((n) => !foundNodes.has(n)),
          edges: edges.filter((e) => !foundEdges.has(e)),
        },
      };
    });
    send(res, OpenedInvestigationSchema, body);
  });

  router.patch('/investigations/:id', async (req, res) => {
    const { id } = parseInput(InvestigationParamsSchema, req.params, 'investigation id');
    const { view, ...rest } = parseInput(InvestigationUpdateSchema, req.body, 'change');
    const changes = { ...rest, ...(view ? stored(view) : {}) };
    const updated = await writeTx(ctx, async (tx) => {
      const investigation = await find(tx, id);
      mayChange(req, investigation);
      if (Object.keys(changes).length === 0) return investigation;
      const now = new Date().toISOString();
      return investigationOf(
        nodeOf((await tx.run(Q.UPDATE_INVESTIGATION, { id, changes, now })).records[0]!),
      );
    });
    send(res, InvestigationSchema, updated);
  });

  router.post('/investigations/:id/duplicate', async (req, res) => {
    const { id } = parseInput(InvestigationParamsSchema, req.params, 'investigation id');
    const { name } = parseInput(InvestigationDuplicateSchema, req.body, 'duplicate');
    const node = await writeTx(ctx, async (tx) => {
      const original = await find(tx, id);
      const copyName = name ?? `${original.name} (copy)`.slice(0, INVESTIGATION_LIMITS.nameChars);
      return create(tx, req, { ...original, name: copyName });
    });
    send(res, InvestigationSchema, investigationOf(node));
  });

  router.delete('/investigations/:id', async (req, res) => {
    const { id } = parseInput(InvestigationParamsSchema, req.params, 'investigation id');
    await writeTx(ctx, async (tx) => {
      mayChange(req, await find(tx, id));
      await tx.run(Q.DELETE_INVESTIGATION, { id });
    });
    send(res, InvestigationDeletedSchema, { deleted: id });
  });

  return router;
}
