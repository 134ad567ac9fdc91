// Articles of the project's own wording, with their extraction written out by hand, for the tests
// of an article's life (retraction, re-extraction, batched writes): they do not move when the
// rule engine changes. Each name and phrase is located in the text as the gold reader does.
import type { ArticleExtraction, ArticleMeta, Evidence } from '@shabaka/model';
import { ExtractionSchema } from '@shabaka/model';
import { cleanText } from './stages/clean.ts';
import { articleId } from './ids.ts';
import { locatePhrase, mentionsOf } from './locate.ts';
import { splitSentences } from './stages/split.ts';

export interface HandArticle {
  text: string;
  meta?: ArticleMeta;
  persons?: string[];
  organizations?: string[];
  places?: string[];
  /** [person, role class, organization, the words that say it, status (default current)] */
  roles?: Array<[string, string, string, string, string?]>;
  /** [subject, predicate, object, the words that say it] */
  relations?: Array<[string, string, string, string]>;
}

/** The extraction `extractor` would have made of `article`, every item located in the text. */
export function handExtraction(article: HandArticle, extractor = 'shabaka-rules@0.0.1'): ArticleExtraction {
  const text = cleanText(article.text).text;
  const { sentences } = splitSentences(text);
  const evidence = (phrase: string): Evidence => {
    const span = locatePhrase(phrase, text);
    if (!span) throw new Error(`"${phrase}" is not in the text`);
    const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end) ?? sentences[0]!;
    return { sentence: sentence.index, ...span, text: sentence.text, confidence: 0.9 };
  };
  const named = (name: string) => ({ name, mentions: mentionsOf([name], text) });
  const extraction = ExtractionSchema.parse({
    persons: (article.persons ?? []).map(named),
    organizations: (article.organizations ?? []).map((name) => ({ ...named(name), kind: 'armed_group' })),
    places: (article.places ?? []).map(named),
    roles: (article.roles ?? []).map(([person, role, org, phrase, status = 'current']) => ({
      person,
      role,
      org,
      status,
      evidence: evidence(phrase),
    })),
    relations: (article.relations ?? []).map(([subject, predicate, object, phrase]) => ({
      subject,
      predicate,
      object,
      evidence: evidence(phrase),
    })),
  });
  return {
    article: { ...article.meta, id: articleId(text), text, language: 'ar' },
    extraction,
    extractor,
  };
}

/** Two reports on one group: the first names two of its men, the second an arrest by it. */
export const VALLEY_REPORT: HandArticle = {
  text: 'قال مصدر محلي إن سامر الحلبي يقود المكتب الأمني في جبهة الوادي، وإن كريم الشامي من قياديي جبهة الوادي.',
  meta: { outlet: 'نشرة السهل', title: 'رجال جبهة الوادي', url: 'https://example.org/valley-men' },
  persons: ['سامر الحلبي', 'كريم الشامي'],
  organizations: ['جبهة الوادي'],
  roles: [
    ['سامر الحلبي', 'security_chief', 'جبهة الوادي', 'يقود المكتب الأمني'],
    ['كريم الشامي', 'senior_member', 'جبهة الوادي', 'من قياديي جبهة الوادي'],
  ],
};

export const ARREST_REPORT: HandArticle = {
  text: 'اعتقلت جبهة الوادي نادر العطار في بلدة التلال، وقال شقيقه وليد العطار إنه بريء.',
  meta: { outlet: 'إذاعة النهر', title: 'اعتقال في التلال' },
  persons: ['نادر العطار', 'وليد العطار'],
  organizations: ['جبهة الوادي'],
  places: ['التلال'],
  relations: [
    ['جبهة الوادي', 'arrested', 'نادر العطار', 'اعتقلت جبهة الوادي نادر العطار'],
    ['وليد العطار', 'relative_of', 'نادر العطار', 'شقيقه وليد العطار'],
  ],
};
