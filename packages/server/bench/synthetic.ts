// A synthetic graph shaped like the real one (Arabic names folded the writer's way, claim edges
// with evidence properties, a few heavily connected hubs), for load tests at scale.
import { ENTITY_LABEL, type EntityLabel, latinKey, nameKey, transliterate } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';

const GIVEN = [
  'محمد',
  'أحمد',
  'علي',
  'حسن',
  'خالد',
  'عمر',
  'يوسف',
  'إبراهيم',
  'عبدالله',
  'سامر',
  'فارس',
  'جعفر',
];
const FAMILY = [
  'الحمصي',
  'الفيومي',
  'دهمان',
  'العبيدي',
  'الشامي',
  'التميمي',
  'الحلبي',
  'الديري',
  'الكردي',
  'النعيمي',
];
const ORG_WORDS = ['لواء', 'جيش', 'حركة', 'فرقة', 'كتائب', 'جبهة', 'هيئة', 'تجمع'];
const PLACE_WORDS = ['حي', 'قرية', 'بلدة', 'مخيم', 'معبر'];

const SHARE: Array<[EntityLabel, number]> = [
  ['Person', 0.6],
  ['Organization', 0.15],
  ['Unit', 0.1],
  ['Place', 0.15],
];

/** Deterministic pseudo-random numbers, so every run builds the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], r: number): T {
  return items[Math.floor(r * items.length)]!;
}

function entityName(label: EntityLabel, i: number, rnd: () => number): string {
  const serial = String(i);
  if (label === 'Person')
    return `${pick(['أبو', 'ابو', ''], rnd())} ${pick(GIVEN, rnd())} ${pick(FAMILY, rnd())} ${serial}`.trim();
  if (label === 'Place') return `${pick(PLACE_WORDS, rnd())} ${pick(FAMILY, rnd())} ${serial}`;
  return `${pick(ORG_WORDS, rnd())} ${pick(GIVEN, rnd())} ${serial}`;
}

/** Claim types by the labels they join, from the most common in reporting down. */
const CLAIMS: Array<{ type: string; from: EntityLabel; to: EntityLabel; weight: number }> = [
  { type: 'HOLDS_ROLE', from: 'Person', to: 'Organization', weight: 0.3 },
  { type: 'MEMBER_OF', from: 'Person', to: 'Unit', weight: 0.2 },
  { type: 'PART_OF', from: 'Unit', to: 'Organization', weight: 0.1 },
  { type: 'CONTROLS', from: 'Organization', to: 'Place', weight: 0.1 },
  { type: 'ARRESTED', from: 'Organization', to: 'Person', weight: 0.1 },
  { type: 'CLOSE_TO', from: 'Person', to: 'Person', weight: 0.1 },
  { type: 'MOVED_TO', from: 'Person', to: 'Place', weight: 0.1 },
];

export interface SyntheticSize {
  entities: number;
  claims: number;
}

export async function loadSynthetic(
  driver: Driver,
  size: SyntheticSize,
  log: (line: string) => void,
): Promise<void> {
  const rnd = random(42);
  const byLabel = new Map<EntityLabel, string[]>(SHARE.map(([label]) => [label, []]));
  const batch = 5000;
  let written = 0;
  for (const [label, share] of SHARE) {
    const count = Math.round(size.entities * share);
    for (let start = 0; start < count; start += batch) {
      const rows = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const name = entityName(label, i, rnd);
        const latin = transliterate(name);
        const id = `syn-${label.toLowerCase()}-${i}`;
        byLabel.get(label)!.push(id);
        rows.push({ id, name, key: nameKey(name), latin, searchText: `${nameKey(name)} ${latinKey(latin)}` });
      }
      await driver.executeQuery(
        `UNWIND $rows AS row
         MERGE (n:${label} {id: row.id})
         SET n:${ENTITY_LABEL}, n.name = row.name, n.key = row.key, n.latin = row.latin,
             n.searchText = row.searchText, n.aliases = [], n.synthetic = true`,
        { rows },
      );
      written += rows.length;
    }
    log(`  ${label}: ${count} (${written} entities)`);
  }
  const article = 'art-synthetic';
  await driver.executeQuery(
    "MERGE (a:Article {id: $id}) SET a.title = 'synthetic', a.language = 'ar', a.text = 'نص'",
    { id: article },
  );
  const totalWeight = CLAIMS.reduce((n, c) => n + c.weight, 0);
  for (const claim of CLAIMS) {
    const count = Math.round((size.claims * claim.weight) / totalWeight);
    const from = byLabel.get(claim.from)!;
    const to = byLabel.get(claim.to)!;
    for (let start = 0; start < count; start += batch) {
      const rows = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        // Squaring skews targets toward the first ids: a few hubs, a long tail, as in the news.
        rows.push({
          id: `syn-clm-${claim.type}-${i}`,
          from: from[Math.floor(rnd() * from.length)]!,
          to: to[Math.floor(rnd() ** 2 * to.length)]!,
          confidence: Math.round(rnd() * 100) / 100,
          asOf: `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
        });
      }
      await driver.executeQuery(
        `UNWIND $rows AS row
         MATCH (s:${ENTITY_LABEL} {id: row.from}), (t:${ENTITY_LABEL} {id: row.to})
         CREATE (s)-[:${claim.type} {id: row.id, article: $article, sentence: 0, start: 0, end: 1,
                 evidence: 'نص', confidence: row.confidence, extractor: 'synthetic@1', asOf: row.asOf,
                 role: 'member', status: 'current'}]->(t)`,
        { rows, article },
      );
    }
    log(`  ${claim.type}: ${count}`);
  }
}
