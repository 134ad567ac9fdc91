// Two short articles of our own wording about an invented front with many members: two of them
// meet through the front in two steps, or around it through two friends in three. Shared by the
// server's path tests and the web app's end-to-end tests of avoiding hubs.
import { ExtractionSchema } from '@shabaka/model';
import { articleId, mentionsOf, planGraphWrite, writeArticle } from '@shabaka/ingest';
import type { Driver } from 'neo4j-driver';

export const HUB = 'جبهة الوادي الأخضر';
export const START = 'سامر الجبلي';
export const END = 'نادر الساحلي';
/** the way around the hub, in order from START to END */
export const DETOUR = ['وليد القاسمي', 'كريم العطار'] as const;

const FIRSTS = ['أحمد', 'خالد', 'عمر', 'يوسف', 'حسن', 'طارق'];
const LASTS = ['السعدي', 'الناصر', 'الحكيم', 'البدوي'];
/** the hub's other members: enough to make it the best-connected entity by far */
export const MEMBERS = FIRSTS.flatMap((first) => LASTS.map((last) => `${first} ${last}`));

const MEMBERSHIP = `أعلنت ${HUB} أن ${[START, END, ...MEMBERS].join(' و')} من عناصرها.`;
const FRIENDS = `قال جيران إن ${START} صديق ${DETOUR[0]}، وإن ${DETOUR[0]} مقرّب من ${DETOUR[1]}، وإن ${DETOUR[1]} رافق ${END}.`;

async function write(driver: Driver, text: string, extraction: Record<string, unknown>) {
  const plan = planGraphWrite({
    article: {
      id: articleId(text),
      text,
      language: 'ar',
      title: text.slice(0, 40),
      publishedAt: '2024-05-01',
    },
    extractor: 'test@1',
    extraction: ExtractionSchema.parse(extraction),
  });
  if (plan.skipped.length > 0) throw new Error(`hub article did not plan: ${JSON.stringify(plan.skipped)}`);
  await writeArticle(driver, plan.write);
}

export async function writeHubArticles(driver: Driver): Promise<void> {
  const evidence = (text: string) => ({ sentence: 0, start: 0, end: text.length, text, confidence: 0.9 });
  const people = (names: readonly string[], text: string) =>
    names.map((name) => ({ name, mentions: mentionsOf([name], text) }));
  await write(driver, MEMBERSHIP, {
    persons: people([START, END, ...MEMBERS], MEMBERSHIP),
    organizations: [{ name: HUB, kind: 'armed_group', mentions: mentionsOf([HUB], MEMBERSHIP) }],
    roles: [START, END, ...MEMBERS].map((person) => ({
      person,
      role: 'member',
      status: 'current',
      org: HUB,
      evidence: evidence(MEMBERSHIP),
    })),
  });
  const chain = [START, ...DETOUR, END];
  await write(driver, FRIENDS, {
    persons: people(chain, FRIENDS),
    relations: chain.slice(1).map((object, i) => ({
      subject: chain[i],
      predicate: 'close_to',
      object,
      evidence: evidence(FRIENDS),
    })),
  });
}
