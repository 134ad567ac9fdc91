// A second article naming the weak name `ابو نجم` (a kunya alone) under another group than the
// seed article's: the writer links the two namesakes with a SAME_AS candidate (`unsure`) for a
// researcher to judge. Shared by the server's resolution tests and the web app's end-to-end tests.
import { articleId, planGraphWrite, writeArticle } from '@shabaka/ingest';
import type { Driver } from 'neo4j-driver';

export const NAMESAKE = 'ابو نجم';
export const NAMESAKE_GROUP = 'هيئة تحرير الشام';
export const NAMESAKE_ARTICLE = `عيّنت ${NAMESAKE_GROUP} ${NAMESAKE} مسؤولاً للجهاز الأمني في إدلب.`;

const mentionOf = (name: string) => {
  const start = NAMESAKE_ARTICLE.indexOf(name);
  return [{ start, end: start + name.length }];
};

export async function writeNamesakeArticle(driver: Driver): Promise<void> {
  const evidence = {
    sentence: 0,
    start: 0,
    end: NAMESAKE_ARTICLE.length,
    text: NAMESAKE_ARTICLE,
    confidence: 0.9,
  };
  const plan = planGraphWrite({
    article: { id: articleId(NAMESAKE_ARTICLE), text: NAMESAKE_ARTICLE, language: 'ar', title: 'second' },
    extractor: 'test@1',
    extraction: {
      persons: [{ name: NAMESAKE, aliases: [], mentions: mentionOf(NAMESAKE) }],
      organizations: [
        { name: NAMESAKE_GROUP, aliases: [], kind: 'armed_group', mentions: mentionOf(NAMESAKE_GROUP) },
      ],
      units: [],
      places: [],
      roles: [
        {
          person: NAMESAKE,
          role: 'security_chief',
          org: NAMESAKE_GROUP,
          place: null,
          status: 'appointed',
          evidence,
        },
      ],
      relations: [],
    },
  });
  await writeArticle(driver, plan.write);
}
