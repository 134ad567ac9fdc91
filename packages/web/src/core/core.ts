// The core: state, the API client and the one Cytoscape instance. Features register with it
// and talk to each other only through its methods and events.
import type { CypherResponse, Graph } from '@shabaka/model';
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { type Api, api as defaultApi, describeError } from './api.ts';
import {
  type DrawnEdge,
  drawnEdges,
  emptyFilters,
  type Filters,
  GraphStore,
  isNodeVisible,
  type NodeData,
} from './elements.ts';
import type { LabelLanguage } from './labels.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-worker.ts';
import { ServiceRegistry } from './services.ts';
import { LARGE_GRAPH_ELEMENTS, stylesheet } from './style.ts';
import { displayName, isolate } from './text.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

export type LayoutName = 'fcose' | 'dagre';

/** The closest a fit comes: one node or two show at a readable size, not at the 4× zoom limit. */
export const FIT_MAX_ZOOM = 1.5;
export type ResultView = 'graph' | 'table' | 'json';

export interface Preferences {
  latin: boolean;
  rtl: boolean;
  /** roles, statuses and relationship types in Arabic rather than English */
  arabicLabels: boolean;
}

/** What the last Cypher run was, for the table, JSON view, permalinks and exports. */
export interface QueryRun {
  query: string;
  params: Record<string, unknown>;
  result: CypherResponse;
}

/** How a Cypher run ended, for the history and the editor (a failure's error marks the text). */
export type QueryOutcome = { query: string; params: Record<string, unknown>; ms: number } & (
  | { status: 'ok'; rows: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown }
);

/** What changes the canvas's contents or marks: each is one step of undo. */
export type CanvasChange = 'replace' | 'merge' | 'remove' | 'hide' | 'show' | 'pin' | 'clear';

/** What the researcher did to the drawing beyond what it holds: saved with an investigation. */
export interface CanvasMarks {
  /** node ids taken off the drawing but kept, until "Show hidden" brings them back */
  hidden: string[];
  /** node ids that keep their place through every layout (Cytoscape-locked) */
  pinned: string[];
}

/** Everything needed to draw the canvas again exactly as it is: undo, redo, saved investigations. */
export interface CanvasState extends CanvasMarks {
  graph: Graph;
  /** model positions of the drawn nodes and of those filters or hiding took off */
  positions: Record<string, cytoscape.Position>;
  expandedGroups: string[];
}

export interface CoreEvents {
  'graph-changed': { reason: 'replace' | 'merge' | 'filter' | 'remove' | 'hide' | 'restore' };
  /** just before a change of `CanvasChange`, while the canvas still shows the state before it */
  'canvas-will-change': { change: CanvasChange };
  /** hidden or pinned nodes changed */
  'marks-changed': CanvasMarks;
  'query-result': QueryRun;
  'query-started': { query: string; params: Record<string, unknown> };
  'query-finished': QueryOutcome;
  'node-selected': { id: string };
  'edge-selected': { id: string; members: string[] };
  'preferences-changed': Preferences;
  'view-changed': { view: ResultView };
  'layout-changed': { layout: LayoutName };
  'editor-load': { query: string; params: Record<string, unknown>; run: boolean };
  /** `core.filters` was set from elsewhere (a saved view): the filter controls show it. */
  'filters-set': Filters;
  /** Esc: close what floats over the canvas (path finder, drawers, choosers) */
  dismiss: Record<string, never>;
}

type Handler<T> = (payload: T) => void;

export type Message = { kind: 'info' | 'warning' | 'error'; text: string; source?: string };

export interface Regions {
  header: HTMLElement;
  workbench: HTMLElement;
  tabs: HTMLElement;
  messages: HTMLElement;
  toolbar: HTMLElement;
  filters: HTMLElement;
  canvas: HTMLElement;
  table: HTMLElement;
  json: HTMLElement;
  inspector: HTMLElement;
  overlay: HTMLElement;
}

export class Core {
  readonly store = new GraphStore();
  readonly filters: Filters = emptyFilters();
  /** claim groups the user expanded into their separate claims */
  readonly expandedGroups = new Set<string>();
  /** nodes the researcher hid (see CanvasMarks); read them with `canvasMarks()` */
  readonly hidden = new Set<string>();
  /** nodes the researcher pinned (see CanvasMarks) */
  readonly pinned = new Set<string>();
  /** where nodes were drawn before filters or hiding took them off, so they come back there */
  private readonly remembered = new Map<string, cytoscape.Position>();
  readonly preferences: Preferences = { latin: false, rtl: false, arabicLabels: false };
  readonly cy: cytoscape.Core;
  view: ResultView = 'graph';
  layout: LayoutName = 'fcose';
  lastRun: QueryRun | null = null;
  /** what features offer each other (open an article, a profile...), by name */
  readonly services = new ServiceRegistry();
  private readonly handlers = new Map<keyof CoreEvents, Set<Handler<never>>>();
  private large = false;
  private layoutRunning: cytoscape.Layouts | null = null;
  private worker: Worker | null = null;

  constructor(
    readonly regions: Regions,
    readonly api: Api = defaultApi,
  ) {
    this.cy = cytoscape({
      container: regions.canvas,
      style: stylesheet(false),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
    });
    // Cytoscape keeps where its container is on the page until told: a message shown above the
    // canvas moves and shrinks it, and without this a click lands on what was there before.
    new ResizeObserver(() => this.cy.resize()).observe(regions.canvas);
  }

  on<K extends keyof CoreEvents>(event: K, handler: Handler<CoreEvents[K]>): void {
    let set = this.handlers.get(event);
    if (!set) {
      set = new Set();
      this.handlers.set(event, set);
    }
    set.add(handler as Handler<never>);
  }

  emit<K extends keyof CoreEvents>(event: K, payload: CoreEvents[K]): void {
    for (const handler of this.handlers.get(event) ?? []) (handler as Handler<CoreEvents[K]>)(payload);
  }

  // ---- messages ----

  /** Shows a message above the results; `source` lets a feature replace its own earlier one. */
  say(message: Message): void {
    const list = this.regions.messages;
    if (message.source) list.querySelector(`[data-source="${message.source}"]`)?.remove();
    const item = document.createElement('div');
    item.className = `message ${message.kind}`;
    item.setAttribute('role', message.kind === 'error' ? 'alert' : 'status');
    if (message.source) item.dataset['source'] = message.source;
    item.textContent = message.text;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'dismiss';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Dismiss message');
    close.addEventListener('click', () => item.remove());
    item.append(close);
    list.append(item);
  }

  clearMessages(source?: string): void {
    const selector = source ? `[data-source="${source}"]` : '.message';
    for (const item of this.regions.messages.querySelectorAll(selector)) item.remove();
  }

  /** Runs an API call and turns its failure into a message instead of an unhandled rejection. */
  async attempt<T>(source: string, task: () => Promise<T>): Promise<T | undefined> {
    try {
      this.clearMessages(source);
      return await task();
    } catch (error) {
      this.say({ kind: 'error', text: describeError(error), source });
      return undefined;
    }
  }

  // ---- queries ----

  /** The running query's cancel, while one runs. */
  private cancelRunning: (() => void) | undefined;

  /** Stops the running query (the server terminates its transaction). */
  cancelQuery(): void {
    this.cancelRunning?.();
  }

  /** Runs Cypher; its graph replaces the drawing, and every feature hears of the result. */
  async runQuery(query: string, params: Record<string, unknown>): Promise<QueryRun | undefined> {
    this.cancelQuery(); // one query at a time: a new run replaces the one still running
    const cancel = new AbortController();
    const stop = () => cancel.abort();
    this.cancelRunning = stop;
    this.emit('query-started', { query, params });
    this.clearMessages('truncated');
    this.clearMessages('query');
    const started = performance.now();
    let result: CypherResponse | undefined;
    let failure: unknown;
    try {
      result = await this.api.cypher({ query, params }, cancel.signal);
    } catch (error) {
      failure = error;
    }
    const replaced = this.cancelRunning !== stop;
    if (!replaced) this.cancelRunning = undefined;
    const ms = Math.round(performance.now() - started);
    if (!result) {
      const cancelled = cancel.signal.aborted;
      if (!replaced)
        this.say(
          cancelled
            ? { kind: 'info', source: 'query', text: 'Query cancelled: the server stopped it.' }
            : { kind: 'error', source: 'query', text: describeError(failure) },
        );
      this.emit(
        'query-finished',
        cancelled
          ? { query, params, ms, status: 'cancelled' }
          : { query, params, ms, status: 'failed', error: failure },
      );
      return undefined;
    }
    this.emit('query-finished', { query, params, ms, status: 'ok', rows: result.rows.length });
    const run: QueryRun = { query, params, result };
    this.lastRun = run;
    this.showGraph(result.graph);
    const { summary } = result;
    if (summary.truncated) {
      this.say({
        kind: 'warning',
        source: 'truncated',
        text: `Truncated: the query returned more than ${summary.limit} rows; only the first ${summary.limit} are shown. Add LIMIT or narrow the query.`,
      });
    } else if (summary.graphTruncated) {
      this.say({
        kind: 'warning',
        source: 'truncated',
        text: 'Truncated: some relationships are not drawn because one of their nodes is not in the result.',
      });
    }
    this.emit('query-result', run);
    return run;
  }

  // ---- graph ----

  /** Replaces the drawing (a query result, the overview) and lays it out anew. */
  showGraph(graph: Graph): void {
    this.emit('canvas-will-change', { change: 'replace' });
    this.replaceGraph(graph);
  }

  /** Empties the canvas (undo brings it back). */
  clearCanvas(): void {
    this.emit('canvas-will-change', { change: 'clear' });
    this.lastRun = null;
    this.replaceGraph({ nodes: [], edges: [] });
  }

  private replaceGraph(graph: Graph): void {
    this.store.replace(graph);
    this.expandedGroups.clear();
    this.remembered.clear();
    const marked = this.hidden.size + this.pinned.size > 0;
    this.hidden.clear();
    this.pinned.clear();
    this.cy.elements().remove();
    this.render();
    void this.runLayout({ fit: true, randomize: true });
    if (marked) this.emit('marks-changed', this.canvasMarks());
    this.emit('graph-changed', { reason: 'replace' });
  }

  /** Adds to the drawing (search, expansion, paths); new nodes start next to `near`. */
  mergeGraph(graph: Graph, near?: string): string[] {
    const adds =
      graph.nodes.some((n) => !this.store.nodes.has(n.data.id)) ||
      graph.edges.some((e) => !this.store.edges.has(e.data.id));
    if (adds) this.emit('canvas-will-change', { change: 'merge' });
    const added = this.store.merge(graph);
    const anchor = near ? this.cy.getElementById(near) : null;
    const origin = anchor?.nonempty() ? anchor.position() : this.viewportCentre();
    this.render(origin);
    // new neighbours may be laid out beyond the view: bring the whole drawing back into it
    if (added.length > 0) void this.runLayout({ fit: true, randomize: false });
    this.emit('graph-changed', { reason: 'merge' });
    return added;
  }

  /** Takes nodes (with their edges) and edges off the drawing; returns how many of each went. */
  removeFromGraph(
    nodeIds: Iterable<string>,
    edgeIds: Iterable<string> = [],
  ): { nodes: number; edges: number } {
    this.emit('canvas-will-change', { change: 'remove' });
    const removed = this.store.remove(nodeIds, edgeIds);
    const unmarked = removed.nodes.filter((id) => this.hidden.delete(id) || this.pinned.delete(id));
    this.render();
    if (unmarked.length > 0) this.emit('marks-changed', this.canvasMarks());
    this.emit('graph-changed', { reason: 'remove' });
    return { nodes: removed.nodes.length, edges: removed.edges.length };
  }

  // ---- hidden and pinned nodes ----

  canvasMarks(): CanvasMarks {
    return { hidden: [...this.hidden], pinned: [...this.pinned] };
  }

  /** Takes nodes off the drawing without forgetting them; `showHidden` brings them back in place. */
  hideNodes(ids: Iterable<string>): void {
    const hiding = [...ids].filter((id) => this.store.nodes.has(id) && !this.hidden.has(id));
    if (hiding.length === 0) return;
    this.emit('canvas-will-change', { change: 'hide' });
    for (const id of hiding) this.hidden.add(id);
    this.marksChanged();
  }

  showHidden(): void {
    if (this.hidden.size === 0) return;
    this.emit('canvas-will-change', { change: 'show' });
    this.hidden.clear();
    this.marksChanged();
  }

  /** Pins nodes where they are (layouts leave them there) or unpins them. */
  setPinned(ids: Iterable<string>, pinned: boolean): void {
    const changing = [...ids].filter((id) => this.store.nodes.has(id) && this.pinned.has(id) !== pinned);
    if (changing.length === 0) return;
    this.emit('canvas-will-change', { change: 'pin' });
    for (const id of changing) {
      if (pinned) this.pinned.add(id);
      else this.pinned.delete(id);
    }
    this.marksChanged();
  }

  private marksChanged(): void {
    this.render();
    this.emit('marks-changed', this.canvasMarks());
    this.emit('graph-changed', { reason: 'hide' });
  }

  /** The canvas as it is now, to restore later (undo, a saved investigation). */
  canvasState(): CanvasState {
    const positions = Object.fromEntries(this.remembered);
    for (const node of this.cy.nodes()) positions[node.id()] = { ...node.position() };
    return {
      graph: this.store.toGraph(),
      positions,
      ...this.canvasMarks(),
      expandedGroups: [...this.expandedGroups],
    };
  }

  /** Draws a saved canvas state again, every node where it was, with no layout run. */
  restoreCanvas(state: CanvasState): void {
    this.layoutRunning?.stop();
    this.store.replace(state.graph);
    this.expandedGroups.clear();
    for (const key of state.expandedGroups) this.expandedGroups.add(key);
    this.hidden.clear();
    for (const id of state.hidden) this.hidden.add(id);
    this.pinned.clear();
    for (const id of state.pinned) this.pinned.add(id);
    this.remembered.clear();
    for (const [id, at] of Object.entries(state.positions)) this.remembered.set(id, at);
    this.cy.elements().remove();
    this.render();
    this.emit('marks-changed', this.canvasMarks());
    this.emit('graph-changed', { reason: 'restore' });
  }

  /** Re-derives the canvas from the store, the filters, the hidden nodes and the expanded groups. */
  render(origin: cytoscape.Position = this.viewportCentre()): void {
    const started = performance.now();
    const visibleNodes = new Map<string, NodeData>();
    for (const node of this.store.nodes.values())
      if (isNodeVisible(node, this.filters) && !this.hidden.has(node.id)) visibleNodes.set(node.id, node);
    const edges = drawnEdges(
      this.store.edges.values(),
      this.filters,
      new Set(visibleNodes.keys()),
      this.expandedGroups,
      this.labelLanguage(),
    );
    this.setLarge(visibleNodes.size + edges.length > LARGE_GRAPH_ELEMENTS);
    // a node is drawn as big as it is connected, so a group with 28 links does not look like a leaf
    const degree = new Map<string, number>();
    for (const edge of edges) {
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    }
    const cy = this.cy;
    cy.batch(() => {
      const leaving = cy.elements().filter((el) => (el.isNode() ? !visibleNodes.has(el.id()) : true));
      for (const node of leaving.nodes())
        if (this.store.nodes.has(node.id())) this.remembered.set(node.id(), { ...node.position() });
      leaving.remove();
      const additions: cytoscape.ElementDefinition[] = [];
      let placed = 0;
      for (const node of visibleNodes.values()) {
        const pinned = this.pinned.has(node.id);
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          existing.data(this.nodeData(node, degree.get(node.id) ?? 0));
          if (pinned) existing.lock().addClass('pinned');
          else existing.unlock().removeClass('pinned');
          continue;
        }
        additions.push({
          group: 'nodes',
          data: this.nodeData(node, degree.get(node.id) ?? 0),
          pannable: this.large,
          locked: pinned,
          classes: pinned ? 'pinned' : '',
          position: this.remembered.get(node.id) ?? spiral(origin, placed++),
        });
        this.remembered.delete(node.id);
      }
      for (const edge of edges) additions.push({ group: 'edges', data: edgeData(edge) });
      cy.add(additions);
    });
    performance.measure('shabaka:render', { start: started });
  }

  private nodeData(node: NodeData, degree: number): Record<string, unknown> {
    // on an as-of day, what no claim of that day joins is faded, not drawn at full strength
    const faded = this.filters.asOf !== null && degree === 0;
    return { ...node, degree, faded, display: isolate(displayName(node, this.preferences.latin)) };
  }

  private setLarge(large: boolean): void {
    if (large === this.large) return;
    this.large = large;
    this.cy.style(stylesheet(large));
    // While the user pans or zooms a large graph, Cytoscape moves a snapshot of it instead of
    // redrawing every element each frame (measured by bench/render.ts). These are renderer
    // options that Cytoscape only takes at creation, so they are switched on its renderer.
    type Renderer = { textureOnViewport: boolean; hideEdgesOnViewport: boolean };
    const renderer = (this.cy as unknown as { renderer(): Renderer }).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
    // Thousands of overlapping nodes leave almost no background to grab, so in a large graph a
    // drag pans wherever it starts instead of moving a node (which redraws everything per frame).
    this.cy.autoungrabify(large);
    if (large) this.cy.nodes().panify();
    else this.cy.nodes().unpanify();
  }

  isLarge(): boolean {
    return this.large;
  }

  private viewportCentre(): cytoscape.Position {
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }

  runLayout(options: { fit?: boolean; randomize?: boolean } = {}): Promise<void> {
    this.layoutRunning?.stop();
    this.worker?.terminate();
    this.worker = null;
    const count = this.cy.nodes().length;
    if (count === 0) return Promise.resolve();
    // the layout never fits by itself: its fit zooms a single node to the 4× limit
    const settings = layoutOptions(this.layout, count, options.randomize ?? true, this.pinnedPositions());
    if (this.large && this.layout === 'fcose') return this.runLayoutInWorker(settings);
    // a collapsed branch of an organization chart takes no room
    const layout = this.cy.elements(':visible').layout(settings);
    this.layoutRunning = layout;
    const started = performance.now();
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        performance.measure('shabaka:layout', { start: started });
        if (this.layoutRunning === layout) this.layoutRunning = null;
        if (options.fit) this.fitView();
        resolve();
      }),
    );
    layout.run();
    return done;
  }

  /** Where the pinned nodes are, for fcose to lay the others out around them. */
  private pinnedPositions(): { nodeId: string; position: cytoscape.Position }[] {
    return this.cy.nodes('.pinned').map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  }

  private runLayoutInWorker(settings: cytoscape.LayoutOptions): Promise<void> {
    const started = performance.now();
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    const request: LayoutRequest = {
      nodes: this.cy.nodes().map((n) => n.id()),
      edges: this.cy.edges().map((e) => [e.source().id(), e.target().id()]),
      options: settings as unknown as Record<string, unknown>,
    };
    return new Promise<void>((resolve) => {
      worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
        const positions = event.data;
        this.cy.batch(() => {
          for (const node of this.cy.nodes()) {
            const at = positions[node.id()];
            if (at) node.position(at);
          }
        });
        this.fitView();
        performance.measure('shabaka:layout', { start: started });
        worker.terminate();
        if (this.worker === worker) this.worker = null;
        resolve();
      };
      worker.postMessage(request);
    });
  }

  /** Fits the drawing (or `elements`) in view, never closer than FIT_MAX_ZOOM. */
  fitView(elements: cytoscape.Collection = this.cy.elements()): void {
    if (elements.empty()) return;
    this.cy.fit(elements, 30);
    if (this.cy.zoom() > FIT_MAX_ZOOM) {
      this.cy.zoom(FIT_MAX_ZOOM);
      this.cy.center(elements);
    }
  }

  isLayoutRunning(): boolean {
    return this.layoutRunning !== null || this.worker !== null;
  }

  /** Chooses the layout; with `relayout: false` only for what is drawn next. */
  setLayout(layout: LayoutName, { relayout = true } = {}): void {
    this.layout = layout;
    this.emit('layout-changed', { layout });
    if (relayout) void this.runLayout({ fit: true, randomize: true });
  }

  labelLanguage(): LabelLanguage {
    return this.preferences.arabicLabels ? 'ar' : 'en';
  }

  setPreferences(change: Partial<Preferences>): void {
    const relabel =
      change.arabicLabels !== undefined && change.arabicLabels !== this.preferences.arabicLabels;
    Object.assign(this.preferences, change);
    if (relabel) this.render();
    this.cy.batch(() => {
      for (const node of this.cy.nodes()) {
        const data = this.store.nodes.get(node.id());
        if (data) node.data('display', isolate(displayName(data, this.preferences.latin)));
      }
    });
    this.emit('preferences-changed', { ...this.preferences });
  }

  setView(view: ResultView): void {
    this.view = view;
    this.emit('view-changed', { view });
  }

  /** Opens a node in the inspector; from outside the canvas, also selects and centres it. */
  selectNode(id: string, options: { fromCanvas?: boolean } = {}): void {
    const node = this.cy.getElementById(id);
    if (node.nonempty() && !options.fromCanvas) {
      this.cy.elements().unselect();
      node.select();
      this.cy.animate({ center: { eles: node } }, { duration: 200 });
    }
    this.emit('node-selected', { id });
  }

  /** The drawn edge (a single claim or a collapsed group) that shows a claim. */
  drawnEdgeOf(claimId: string): cytoscape.EdgeSingular | undefined {
    const direct = this.cy.getElementById(claimId);
    if (direct.nonempty() && direct.isEdge()) return direct;
    return this.cy.edges().filter((edge) => (edge.data('members') as string[]).includes(claimId))[0];
  }

  selectEdge(id: string, options: { fromCanvas?: boolean } = {}): void {
    const edge = this.cy.getElementById(id);
    if (edge.nonempty() && !options.fromCanvas) {
      this.cy.elements().unselect();
      edge.select();
    }
    const members = edge.nonempty() ? (edge.data('members') as string[]) : [id];
    this.emit('edge-selected', { id, members });
  }
}

function edgeData(edge: DrawnEdge): Record<string, unknown> {
  return { ...edge };
}

/** The `index`th place of a small spiral around `origin`, so new nodes appear where the user looked. */
function spiral(origin: cytoscape.Position, index: number): cytoscape.Position {
  const angle = index * 2.4;
  const radius = 20 * Math.sqrt(index + 1);
  return { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
}

function layoutOptions(
  name: LayoutName,
  nodeCount: number,
  randomize: boolean,
  fixed: { nodeId: string; position: cytoscape.Position }[],
): cytoscape.LayoutOptions {
  if (name === 'dagre') {
    // organization charts: the group on top, its units below, the people holding roles below them
    return {
      name: 'dagre',
      rankDir: 'BT',
      // names are laid out with their nodes, so a rank of many office holders does not overlap
      nodeDimensionsIncludeLabels: true,
      nodeSep: 16,
      rankSep: 80,
      ranker: 'tight-tree',
      fit: false,
      padding: 30,
      animate: false,
    } as cytoscape.LayoutOptions;
  }
  const big = nodeCount > 1000;
  return {
    name: 'fcose',
    // draft quality (spectral only) keeps thousands of nodes within a second or two
    quality: big ? 'draft' : 'default',
    randomize,
    animate: !big && nodeCount < 300,
    animationDuration: 400,
    fit: false,
    padding: 30,
    nodeRepulsion: 6000,
    idealEdgeLength: 90,
    nodeDimensionsIncludeLabels: !big,
    numIter: big ? 600 : 2500,
    // pinned nodes stay where the researcher left them, the others settle around them
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  } as cytoscape.LayoutOptions;
}
