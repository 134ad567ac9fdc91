// Four short articles of our own wording about one invented group, so that a roster has a
// history: its emir appointed (2021), reported in post (2022), then reported gone by one source
// and still in post by another on the same day (2023: sources disagree); its security office's
// head named once with a date and once in an undated article. Shared by the server's profile
// tests and the web app's end-to-end tests.
import { ExtractionSchema, type RoleItem } from '@shabaka/model';
import { articleId, mentionsOf, planGraphWrite, writeArticle } from '@shabaka/ingest';
import type { Driver } from 'neo4j-driver';

export const GROUP = 'جماعة الراية';
export const SECURITY_OFFICE = 'مكتب الأمن';
export const EMIR = 'سالم العبدالله';
export const SECURITY_CHIEF = 'ماجد الخطيب';
export const TOWN = 'بلدة النخيل';

interface RosterArticle {
  text: string;
  publishedAt?: string;
  roles: (Pick<RoleItem, 'person' | 'role' | 'status'> & { org: string })[];
  controls?: boolean;
  /** a group that killed one of the people named */
  killing?: { by: string; person: string };
}

export const ROSTER_ARTICLES: readonly RosterArticle[] = [
  {
    text: `عيّنت ${GROUP} ${EMIR} أميراً لها، وكلّفت ${SECURITY_CHIEF} بإدارة ${SECURITY_OFFICE} التابع لها.`,
    publishedAt: '2021-03-01',
    roles: [
      { person: EMIR, role: 'leader', status: 'appointed', org: GROUP },
      { person: SECURITY_CHIEF, role: 'security_chief', status: 'current', org: SECURITY_OFFICE },
    ],
  },
  {
    text: `قال سكان إن ${EMIR}، أمير ${GROUP}، يدير ${TOWN} منذ أشهر.`,
    publishedAt: '2022-06-10',
    roles: [{ person: EMIR, role: 'leader', status: 'current', org: GROUP }],
    controls: true,
  },
  {
    text: `ذكرت صفحة محلية أن ${EMIR}، الأمير السابق في ${GROUP}، غادر المنطقة.`,
    publishedAt: '2023-01-15',
    roles: [{ person: EMIR, role: 'leader', status: 'former', org: GROUP }],
  },
  {
    text: `أكد ناشط أن ${EMIR} ما زال أمير ${GROUP}، وأن ${SECURITY_CHIEF} يرأس ${SECURITY_OFFICE} فيها.`,
    roles: [
      { person: EMIR, role: 'leader', status: 'current', org: GROUP },
      { person: SECURITY_CHIEF, role: 'security_chief', status: 'current', org: SECURITY_OFFICE },
    ],
  },
];

/** The same day as the third article, another source: the emir still in post. */
export const DISAGREEING_ARTICLE: RosterArticle = {
  text: `نقلت إذاعة محلية أن ${EMIR} يقود ${GROUP} حتى اليوم.`,
  publishedAt: '2023-01-15',
  roles: [{ person: EMIR, role: 'leader', status: 'current', org: GROUP }],
};

async function writeRosterArticle(
  driver: Driver,
  { text, publishedAt, roles, controls, killing }: RosterArticle,
) {
  const evidence = { sentence: 0, start: 0, end: text.length, text, confidence: 0.9 };
  const persons = [...new Set([...roles.map((r) => r.person), ...(killing ? [killing.person] : [])])];
  const groups = [...(text.includes(GROUP) ? [GROUP] : []), ...(killing ? [killing.by] : [])];
  const hasOffice = text.includes(SECURITY_OFFICE);
  const extraction = ExtractionSchema.parse({
    persons: persons.map((name) => ({ name, mentions: mentionsOf([name], text) })),
    organizations: groups.map((name) => ({ name, kind: 'armed_group', mentions: mentionsOf([name], text) })),
    units: hasOffice
      ? [
          {
            name: SECURITY_OFFICE,
            org: GROUP,
            kind: 'security',
            mentions: mentionsOf([SECURITY_OFFICE], text),
          },
        ]
      : [],
    places: text.includes(TOWN) ? [{ name: TOWN, kind: 'town', mentions: mentionsOf([TOWN], text) }] : [],
    roles: roles.map((r) => ({ ...r, evidence })),
    relations: [
      ...(controls ? [{ subject: GROUP, predicate: 'controls', object: TOWN, evidence }] : []),
      ...(hasOffice ? [{ subject: SECURITY_OFFICE, predicate: 'part_of', object: GROUP, evidence }] : []),
      ...(killing ? [{ subject: killing.by, predicate: 'killed', object: killing.person, evidence }] : []),
    ],
  });
  const plan = planGraphWrite({
    article: {
      id: articleId(text),
      text,
      language: 'ar',
      title: text.slice(0, 40),
      ...(publishedAt ? { publishedAt } : {}),
    },
    extractor: 'test@1',
    extraction,
  });
  if (plan.skipped.length > 0)
    throw new Error(`roster article did not plan: ${JSON.stringify(plan.skipped)}`);
  await writeArticle(driver, plan.write);
}

/** Later still: the security chief reported killed by another group, his post never said to end. */
export const KILLING_ARTICLE: RosterArticle = {
  text: `قتلت قوات الحماية ${SECURITY_CHIEF} في كمين قرب ${TOWN}.`,
  publishedAt: '2024-02-01',
  roles: [],
  killing: { by: 'قوات الحماية', person: SECURITY_CHIEF },
};

/** Writes the four articles; with `disagreeing`, the one that contradicts the third; with `killing`, the death. */
export async function writeRosterArticles(
  driver: Driver,
  { disagreeing = false, killing = false } = {},
): Promise<void> {
  const extra = [...(disagreeing ? [DISAGREEING_ARTICLE] : []), ...(killing ? [KILLING_ARTICLE] : [])];
  for (const article of [...ROSTER_ARTICLES, ...extra]) await writeRosterArticle(driver, article);
}
