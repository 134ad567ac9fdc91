import { ArticleExtractionSchema, PREDICATES, ROLE_CLASSES } from '@shabaka/model';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanText } from '../stages/clean.ts';
import { articleId } from '../ids.ts';
import { LlmConfigSchema, type LlmConfigInput } from './config.ts';
import { extractArticleWithLlm } from './extract.ts';
import { type StubLlm, type StubReply, startStubLlm } from './stub-llm.ts';

const ARTICLE = `الرقة - (صوت الفرات) - عيّن تنظيم داعش أبو محمد الشامي أميراً أمنياً في مدينة الرقة خلفاً لأبي علي الأنصاري.

وقالت مصادر محلية إن أبو محمد الشامي مقرب من أبو بكر البغدادي، وإن التنظيم يسيطر على الرقة منذ سنوات.`;

const ENTITIES = {
  persons: [{ name: 'أبو محمد الشامي' }, { name: 'أبو بكر البغدادي', aliases: [] }],
  organizations: [{ name: 'داعش', aliases: ['التنظيم'], kind: 'armed_group' }],
  places: [{ name: 'الرقة', kind: 'city' }],
};
const GOOD_ROLE = {
  person: 'أبو محمد الشامي',
  role: 'security_chief',
  org: 'داعش',
  place: 'الرقة',
  status: 'appointed',
  title: 'أميراً أمنياً',
  sentence: 0,
  evidence_quote: 'عيّن تنظيم داعش أبو محمد الشامي أميراً أمنياً',
  confidence: 0.9,
};
const GOOD_RELATION = {
  subject: 'أبو محمد الشامي',
  predicate: 'close_to',
  object: 'أبو بكر البغدادي',
  sentence: 1,
  evidence_quote: 'أبو محمد الشامي مقرب من أبو بكر البغدادي',
};

const KEY = 'sk-test-5ecret-key';
let stub: StubLlm | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function run(replies: StubReply[], config: Partial<LlmConfigInput> = {}) {
  stub = await startStubLlm(replies);
  const parsed = LlmConfigSchema.parse({ url: stub.url, model: 'stub-model', timeoutMs: 2000, ...config });
  return extractArticleWithLlm({ text: ARTICLE }, parsed);
}

const answer = (extra: object) => ({ content: JSON.stringify({ ...ENTITIES, ...extra }) });

describe('extractArticleWithLlm', () => {
  it('turns a good answer into a valid extraction whose offsets point at the quoted words', async () => {
    const x = await run([answer({ roles: [GOOD_ROLE], relations: [GOOD_RELATION] })]);
    expect(() => ArticleExtractionSchema.parse(x)).not.toThrow();
    const text = cleanText(ARTICLE).text;
    expect(x.article.id).toBe(articleId(text));
    expect(x.article.text).toBe(text);
    expect(x.extractor).toBe('llm:stub-model@1');
    expect(x.dropped).toEqual([]);

    const [role] = x.extraction.roles;
    expect(role).toMatchObject({
      person: 'أبو محمد الشامي',
      role: 'security_chief',
      org: 'داعش',
      status: 'appointed',
    });
    expect(text.slice(role!.evidence!.start, role!.evidence!.end)).toBe(GOOD_ROLE.evidence_quote);
    expect(role!.evidence!.sentence).toBe(0);
    const [relation] = x.extraction.relations;
    expect(relation).toMatchObject({ predicate: 'close_to', object: 'أبو بكر البغدادي' });
    expect(text.slice(relation!.evidence!.start, relation!.evidence!.end)).toBe(GOOD_RELATION.evidence_quote);
    expect(relation!.evidence!.sentence).toBe(1);

    const person = x.extraction.persons.find((p) => p.name === 'أبو محمد الشامي')!;
    expect(person.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'أبو محمد الشامي',
      'أبو محمد الشامي',
    ]);
    const isis = x.extraction.organizations.find((o) => o.name === 'داعش')!;
    expect(isis.kind).toBe('armed_group');
    expect(isis.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['داعش', 'التنظيم']);

    const request = stub!.requests[0]!;
    expect(stub!.requests).toHaveLength(1);
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.body.model).toBe('stub-model');
    expect(request.body.response_format).toEqual({ type: 'json_object' });
    const [system, user] = request.body.messages!;
    for (const word of [...ROLE_CLASSES, ...PREDICATES]) expect(system!.content).toContain(word);
    expect(user!.content).toContain('[1] وقالت مصادر محلية');
  });

  it('drops and reports an invented quote, an unknown role class and a dangling endpoint', async () => {
    const x = await run([
      answer({
        roles: [
          GOOD_ROLE,
          { ...GOOD_ROLE, role: 'emir_of_everything' },
          { ...GOOD_ROLE, evidence_quote: 'أعلن التنظيم حل المكتب الأمني' },
        ],
        relations: [GOOD_RELATION, { ...GOOD_RELATION, object: 'أبو عمر المهاجر' }],
      }),
    ]);
    expect(x.extraction.roles).toHaveLength(1);
    expect(x.extraction.relations).toHaveLength(1);
    expect(x.dropped.map((d) => `${d.section}: ${d.reason}`)).toEqual([
      'roles: unknown role class',
      'roles: quote not in the text',
      'relations: dangling endpoint',
    ]);
  });

  it('fails clearly on an answer that is not JSON, without retrying', async () => {
    await expect(run([{ content: 'Sure! Here are the entities: ...' }])).rejects.toThrow(
      /the LLM's answer is not valid JSON/,
    );
    expect(stub!.requests).toHaveLength(1);
  });

  it('retries once after a 500, and gives up after a second one', async () => {
    const x = await run([{ status: 500, raw: 'overloaded' }, answer({ roles: [GOOD_ROLE] })]);
    expect(x.extraction.roles).toHaveLength(1);
    expect(stub!.requests).toHaveLength(2);
    await stub!.close();
    await expect(run([{ status: 502 }, { status: 503 }])).rejects.toThrow(/answered 503/);
  });

  it('retries once after a timeout', async () => {
    const x = await run([{ delayMs: 1500, ...answer({}) }, answer({ roles: [GOOD_ROLE] })], {
      timeoutMs: 200,
    });
    expect(x.extraction.roles).toHaveLength(1);
    expect(stub!.requests).toHaveLength(2);
  });

  it('sends the key as a bearer token and never puts it in an error', async () => {
    const echo = JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}` } });
    const failure = await run([{ status: 401, raw: echo }], { apiKey: KEY }).catch((e: Error) => e);
    expect(stub!.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(stub!.requests).toHaveLength(1); // a 4xx is not retried
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/answered 401/);
    expect((failure as Error).message).not.toContain(KEY);
  });

  it('sends a long article in chunks of whole sentences and merges the answers', async () => {
    const x = await run([answer({ roles: [GOOD_ROLE] }), answer({ relations: [GOOD_RELATION] })], {
      maxChunkChars: 120,
    });
    expect(stub!.requests).toHaveLength(2);
    expect(stub!.requests[1]!.body.messages![1]!.content).not.toContain('[0]');
    expect(x.extraction.roles).toHaveLength(1);
    expect(x.extraction.relations).toHaveLength(1);
    expect(x.extraction.persons).toHaveLength(2);
  });

  it("gives the LLM's role the term its sentence states, read by the engine's term rules", async () => {
    stub = await startStubLlm([answer({ roles: [GOOD_ROLE] })]);
    const dated = ARTICLE.replace('خلفاً لأبي علي الأنصاري', 'منذ آذار 2019');
    const x = await extractArticleWithLlm(
      { text: dated },
      LlmConfigSchema.parse({ url: stub.url, model: 'stub-model', timeoutMs: 2000 }),
    );
    expect(x.extraction.roles[0]).toMatchObject({ status: 'appointed', validFrom: '2019-03' });
    expect(x.extraction.roles[0]!.validTo).toBeUndefined();
  });
});
