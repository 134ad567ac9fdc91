// What one feature offers the others (open an article, a profile, the neighbour chooser...),
// provided under a name and required by that name when used, in the spirit of Cytoscape's
// extensions: no feature depends on the order the features register in, and a feature that needs
// what none provides is told so by name instead of a button that silently does nothing.
import type { EntityResponse } from '@shabaka/model';

export interface Services {
  /** the Cypher editor's current text and parameters */
  editor: { text(): string; params(): string };
  /** opens the neighbour chooser of a node */
  expandNode: (id: string) => Promise<void>;
  /** draws the server's overview graph */
  loadOverview: () => Promise<void>;
  /** shows an article with its mentions and claims */
  openArticle: (id: string, focusClaim?: string) => Promise<void>;
  /** opens the profile screen of a person, organization or unit */
  openProfile: (entity: { id: string; label: string }, asOf?: string) => Promise<void>;
  /** opens what the page URL names */
  openFromUrl: () => void;
  /** opens a saved investigation on the canvas */
  openInvestigation: (id: string) => Promise<void>;
  /** the saved investigation the canvas shows, if any, and whether it changed since it was saved */
  currentInvestigation: () => { id: string; name: string; notes: string; changed: boolean } | null;
  /** opens the path finder from an entity (the other end to be chosen), or with both ends */
  findPath: (from: Endpoint, to?: Endpoint) => void;
}

/** One end of a path: an entity, by id and the name to show. */
export interface Endpoint {
  id: string;
  name: string;
}

/** What many features add to one place, in the order they registered. */
export interface Contributions {
  /** an extra section of a node's inspector view (its SAME_AS links, its contradictions) */
  'inspector-section': (entity: EntityResponse) => HTMLElement | null;
  /** an extra button beside a node's "Expand…" (its "Path to…") */
  'inspector-action': (entity: EntityResponse) => HTMLElement | null;
}

export class ServiceRegistry {
  private readonly provided = new Map<keyof Services, Services[keyof Services]>();
  private readonly contributed = new Map<keyof Contributions, Contributions[keyof Contributions][]>();

  provide<K extends keyof Services>(name: K, service: Services[K]): void {
    if (this.provided.has(name)) throw new Error(`two features provide ${name}`);
    this.provided.set(name, service);
  }

  /** The service `name`; throws, naming it, when no registered feature provides it. */
  require<K extends keyof Services>(name: K): Services[K] {
    const service = this.optional(name);
    if (!service) throw new Error(`no feature provides ${name}: register the feature that does in main.ts`);
    return service;
  }

  /** The service `name`, or undefined for a feature that also works without it. */
  optional<K extends keyof Services>(name: K): Services[K] | undefined {
    return this.provided.get(name) as Services[K] | undefined;
  }

  contribute<K extends keyof Contributions>(place: K, item: Contributions[K]): void {
    const items = this.contributed.get(place) ?? [];
    items.push(item);
    this.contributed.set(place, items);
  }

  contributions<K extends keyof Contributions>(place: K): readonly Contributions[K][] {
    return (this.contributed.get(place) ?? []) as Contributions[K][];
  }
}
