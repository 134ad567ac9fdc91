// Two short articles of our own wording about an invented front with many members: two of them
// meet through the front in two steps, or around it through two friends in three. Shared by the
// server's path tests and the web app's end-to-end tests of avoiding hubs.
import { planGraphWrite, writeArticle } from '@shabaka/ingest';
import { type HandArticle, handExtraction } from '@shabaka/ingest/test-articles';
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
const CHAIN = [START, ...DETOUR, END];

const ARTICLES: HandArticle[] = [
  {
    text: MEMBERSHIP,
    meta: { publishedAt: '2024-05-01' },
    persons: [START, END, ...MEMBERS],
    organizations: [HUB],
    roles: [START, END, ...MEMBERS].map((person) => [person, 'member', HUB, 'من عناصرها']),
  },
  {
    text: FRIENDS,
    meta: { publishedAt: '2024-05-02' },
    persons: CHAIN,
    relations: CHAIN.slice(1).map((object, i) => [CHAIN[i]!, 'close_to', object, CHAIN[i]!]),
  },
];

export async function writeHubArticles(driver: Driver): Promise<void> {
  for (const article of ARTICLES) {
    const plan = planGraphWrite(handExtraction(article, 'test@1'));
    if (plan.skipped.length > 0) throw new Error(`hub article did not plan: ${JSON.stringify(plan.skipped)}`);
    await writeArticle(driver, plan.write);
  }
}
