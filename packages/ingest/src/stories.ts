// Republished copies, inside a writer's transaction: each article newly written joins the story
// of a stored (or earlier batched) article whose text is a near-duplicate of its own, found by
// its MinHash band keys in a full-text index (a lookup, not a scan of the archive). A story's
// original is its earliest-published article; every other member is COPY_OF it, and all carry
// the original's id as `story`. A retracted original hands its story to the next member.
// Only originals keep their band keys: a copy is found through its original, so a story
// republished a thousand times is one entry of the index, not a thousand that every later copy's
// lookup must score.
import { ARTICLE_STORY_INDEX } from '@shabaka/db';
import { type Article, STORY_LOCK_LABEL } from '@shabaka/model';
import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import {
  COPY_SIMILARITY,
  type Fingerprint,
  fingerprint,
  jaccard,
  type ShingleHashes,
  shingleHashes,
} from './stages/fingerprint.ts';

/** Stored articles compared per new article: those sharing the most band keys. */
const MAX_CANDIDATES = 10;

/** Stored articles' shingles kept between batches (about 3 KB each): see `rememberShingles`. */
const CACHED_SHINGLES = 4096;

// The articles sharing a band key with each row's, most keys shared first (as ids), and each
// distinct one once with its story's original and date. Texts are fetched apart, for candidates
// whose shingles are not cached. Articles of the same batch are compared in memory instead.
export const FIND_COPY_CANDIDATES = `
  UNWIND $rows AS row
  CALL (row) {
    CALL db.index.fulltext.queryNodes($index, row.lucene) YIELD node, score
    WHERE NOT node.id IN $batch
    WITH node ORDER BY score DESC LIMIT $cap
    RETURN collect(node) AS nodes
  }
  WITH collect({id: row.id, candidates: [n IN nodes | n.id]}) AS rows, collect(nodes) AS lists
  CALL (lists) {
    UNWIND lists AS nodes
    UNWIND nodes AS node
    WITH DISTINCT node
    OPTIONAL MATCH (root:Article {id: node.story})
    RETURN collect({id: node.id, story: coalesce(root.id, node.id),
                    rootPublishedAt: coalesce(root.publishedAt, node.publishedAt)}) AS candidates
  }
  RETURN rows, candidates`;

// Held to the commit: a writer that looks up copies waits for the one linking before it (another
// process's too) to commit, so that its lookup sees those articles. Else a copy and its original
// written at the same moment (two shards) would not see each other and stay two stories. The
// lock is the uniqueness constraint's on this key, which a MERGE holds until its transaction
// ends, so the node is deleted at once: the graph never holds it.
export const TAKE_STORY_LOCK = `
  MERGE (lock:${STORY_LOCK_LABEL} {id: 'stories'})
  DELETE lock`;

const ARTICLE_TEXTS = `
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN a.id AS id, a.text AS text`;

const SET_STORIES = `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.id})
  SET a.story = row.story, a.storyBands = row.bands`;

const LINK_COPIES = `
  UNWIND $copies AS c
  MATCH (copy:Article {id: c.copy}), (original:Article {id: c.original})
  MERGE (copy)-[l:COPY_OF]->(original)
  SET l.similarity = c.similarity`;

/**
 * `$root` becomes the original of story `$story`: it copies nothing any more and takes the band
 * keys `$bands`, and every other member is COPY_OF it (keeping the similarity it was linked with,
 * else `$similarity`) and keeps none.
 */
const REROOT_STORY = `
  MATCH (root:Article {id: $root})
  OPTIONAL MATCH (root)-[own:COPY_OF]->()
  DELETE own
  SET root.story = root.id, root.storyBands = $bands
  WITH root
  MATCH (m:Article {story: $story}) WHERE m.id <> root.id
  OPTIONAL MATCH (m)-[old:COPY_OF]->()
  WITH root, m, old, coalesce(old.similarity, $similarity) AS similarity
  DELETE old
  SET m.story = root.id, m.storyBands = null
  MERGE (m)-[l:COPY_OF]->(root)
  SET l.similarity = similarity`;

/** The member that inherits a story when its original goes: the earliest published, then ingested. */
const STORY_HEIR = `
  MATCH (heir:Article {story: $articleId}) WHERE heir.id <> $articleId
  RETURN heir.id AS id, heir.text AS text ORDER BY heir.publishedAt, heir.ingestedAt LIMIT 1`;

type StoryArticle = Pick<Article, 'id' | 'text' | 'publishedAt'>;

interface Candidate {
  id: string;
  shingles: ShingleHashes;
  story: string;
  rootPublishedAt: string | null;
}

// By article id, least lately used first. An id hashes its article's text, so an entry never goes
// stale (nor wrong when its batch rolls back): a story's original is a candidate of its copies
// batch after batch, and its text crosses the wire once, or never when this process wrote it.
const shingleCache = new Map<string, ShingleHashes>();

function rememberShingles(id: string, hashes: ShingleHashes): void {
  shingleCache.delete(id);
  shingleCache.set(id, hashes);
  if (shingleCache.size > CACHED_SHINGLES) shingleCache.delete(shingleCache.keys().next().value!);
}

export interface StoryPlan {
  /** `bands`: the band keys of an original, null for a copy. */
  rows: Array<{ id: string; story: string; bands: string | null }>;
  copies: Array<{ copy: string; original: string; similarity: number }>;
  reroots: Array<{ story: string; root: string; similarity: number; bands: string }>;
}

/** The batch's earlier originals sharing the most band keys with these (as the index ranks stored ones). */
function mostShared(
  bands: readonly string[],
  byBand: ReadonlyMap<string, Candidate[]>,
  unindexed: ReadonlySet<string>,
): Candidate[] {
  const shared = new Map<Candidate, number>();
  for (const band of bands)
    for (const c of byBand.get(band) ?? []) if (!unindexed.has(c.id)) shared.set(c, (shared.get(c) ?? 0) + 1);
  return [...shared]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([c]) => c);
}

const day = (date: string | null | undefined) => (date ? date.slice(0, 10) : null);

/**
 * Which story each article joins, in order: its best near-duplicate's among the originals
 * (stored candidates, then the batch's earlier ones), or a story of its own. An article
 * published on an earlier day than its story's original becomes the original, and the one it
 * replaces leaves the index (`unindexed`), here as in the graph. Pure.
 */
export function planStories(
  articles: readonly StoryArticle[],
  stored: ReadonlyMap<string, readonly Candidate[]>,
  prints: readonly Fingerprint[] = articles.map((a) => fingerprint(a.text)),
): StoryPlan {
  const plan: StoryPlan = { rows: [], copies: [], reroots: [] };
  const renamed = new Map<string, string>();
  const storyOf = (id: string): string => {
    const next = renamed.get(id);
    return next === undefined ? id : storyOf(next);
  };
  const rootDay = new Map<string, string | null>();
  const byBand = new Map<string, Candidate[]>();
  const unindexed = new Set<string>();
  for (const [k, article] of articles.entries()) {
    const { shingles: own, bands } = prints[k]!;
    const keys = bands.join(' ');
    let best: { candidate: Candidate; similarity: number } | undefined;
    const storedOriginals = (stored.get(article.id) ?? []).filter((c) => !unindexed.has(c.id));
    for (const candidate of [...storedOriginals, ...mostShared(bands, byBand, unindexed)]) {
      const similarity = jaccard(own, candidate.shingles);
      if (similarity >= COPY_SIMILARITY && similarity > (best?.similarity ?? 0))
        best = { candidate, similarity };
    }
    let story = article.id;
    if (best) {
      const joined = storyOf(best.candidate.story);
      if (!rootDay.has(joined)) rootDay.set(joined, day(best.candidate.rootPublishedAt));
      const originalDay = rootDay.get(joined);
      const ownDay = day(article.publishedAt);
      const similarity = Math.round(best.similarity * 1000) / 1000;
      if (ownDay && originalDay && ownDay < originalDay) {
        plan.reroots.push({ story: joined, root: article.id, similarity, bands: keys });
        renamed.set(joined, article.id);
        unindexed.add(joined);
      } else {
        story = joined;
        plan.copies.push({ copy: article.id, original: joined, similarity });
      }
    }
    if (story !== article.id) {
      plan.rows.push({ id: article.id, story, bands: null });
      continue;
    }
    rootDay.set(story, day(article.publishedAt));
    plan.rows.push({ id: article.id, story, bands: keys });
    const self: Candidate = { id: article.id, shingles: own, story, rootPublishedAt: null };
    for (const band of bands) {
      const originals = byBand.get(band);
      if (originals) originals.push(self);
      else byBand.set(band, [self]);
    }
  }
  return plan;
}

/** Each article's stored candidates, by the band index, with their shingles (cached, else fetched). */
async function storedCandidates(
  tx: ManagedTransaction,
  articles: readonly StoryArticle[],
  prints: readonly Fingerprint[],
): Promise<Map<string, Candidate[]>> {
  const stored = new Map<string, Candidate[]>();
  const lookups = articles
    .map((a, k) => ({ id: a.id, lucene: prints[k]!.bands.join(' OR ') }))
    .filter((row) => row.lucene !== '');
  if (lookups.length === 0) return stored;
  const { records } = await tx.run(FIND_COPY_CANDIDATES, {
    rows: lookups,
    index: ARTICLE_STORY_INDEX,
    batch: articles.map((a) => a.id),
    cap: neo4j.int(MAX_CANDIDATES),
  });
  // One record: an aggregate without grouping keys.
  const result = records[0]!;
  const found = result.get('candidates') as Array<Omit<Candidate, 'shingles'>>;
  const known = new Map<string, ShingleHashes>();
  for (const { id } of found) {
    const hashes = shingleCache.get(id);
    if (hashes) known.set(id, hashes);
  }
  const unknown = found.filter((c) => !known.has(c.id)).map((c) => c.id);
  if (unknown.length > 0)
    for (const r of (await tx.run(ARTICLE_TEXTS, { ids: unknown })).records)
      known.set(r.get('id') as string, shingleHashes((r.get('text') as string | null) ?? ''));
  for (const [id, hashes] of known) rememberShingles(id, hashes);
  const byId = new Map(found.map((c) => [c.id, { ...c, shingles: known.get(c.id)! }]));
  for (const row of result.get('rows') as Array<{ id: string; candidates: string[] }>)
    stored.set(
      row.id,
      row.candidates.map((id) => byId.get(id)!),
    );
  return stored;
}

/** Finds each new article's story and writes it (story ids, band keys, COPY_OF links). */
export async function linkStories(tx: ManagedTransaction, articles: readonly StoryArticle[]): Promise<void> {
  if (articles.length === 0) return;
  const prints = articles.map((a) => fingerprint(a.text));
  // Pipelined: the lookup runs once the lock is held.
  const [, stored] = await Promise.all([tx.run(TAKE_STORY_LOCK), storedCandidates(tx, articles, prints)]);
  const plan = planStories(articles, stored, prints);
  for (const [k, article] of articles.entries()) rememberShingles(article.id, prints[k]!.shingles);
  // Sent together, executed in order on the transaction's connection: one round trip, not three.
  await Promise.all([
    tx.run(SET_STORIES, { rows: plan.rows }),
    ...(plan.copies.length > 0 ? [tx.run(LINK_COPIES, { copies: plan.copies })] : []),
    ...plan.reroots.map((reroot) => tx.run(REROOT_STORY, reroot)),
  ]);
}

/** Before an article is deleted: if it is a story's original, the next member becomes it. */
export async function leaveStory(tx: ManagedTransaction, articleId: string): Promise<void> {
  const heir = (await tx.run(STORY_HEIR, { articleId })).records[0];
  if (!heir) return;
  const bands = fingerprint((heir.get('text') as string | null) ?? '').bands.join(' ');
  await tx.run(REROOT_STORY, { story: articleId, root: heir.get('id'), similarity: null, bands });
}
