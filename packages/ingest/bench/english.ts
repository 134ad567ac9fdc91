// `pnpm bench:english`: articles per second of the English engine on one core, on a synthetic
// corpus built from the English rules' own example sentences (default 2,000 articles of about
// 30 sentences; BENCH_SIZE to change). Prints the figure; it asserts nothing.
import { ENGLISH_RULES } from '../src/english/rules.ts';
import { extractArticle } from '../src/pipeline.ts';

const size = Number(process.env.BENCH_SIZE ?? 2000);
const sentences = ENGLISH_RULES.flatMap((r) => r.examples.map((e) => e.text));
const GIVEN = ['Omar', 'Khaled', 'Samir', 'Nabil', 'Walid', 'Tariq', 'Yusuf', 'Hassan', 'Jamal', 'Adnan'];

/** Article n: 30 example sentences in a rotating order, with one given name varied. */
function article(n: number): string {
  const out: string[] = [];
  for (let k = 0; k < 30; k++) {
    const sentence = sentences[(n * 7 + k * 3) % sentences.length]!;
    out.push(sentence.replace(/\b(Omar|Samir|Nabil|Jamal)\b/, GIVEN[(n + k) % GIVEN.length]!));
  }
  return out.join(n % 2 === 0 ? ' ' : '\n');
}

const corpus = Array.from({ length: size }, (_, n) => article(n));
const bytes = corpus.reduce((sum, text) => sum + text.length, 0);
for (const text of corpus.slice(0, 20)) extractArticle({ text });
const cpu = process.cpuUsage();
const t = performance.now();
let claims = 0;
for (const text of corpus) {
  const { extraction } = extractArticle({ text });
  claims += extraction.roles.length + extraction.relations.length;
}
const seconds = (performance.now() - t) / 1000;
const { user, system } = process.cpuUsage(cpu);
const cpuSeconds = (user + system) / 1e6;
console.log(
  `english extract: ${(size / seconds).toFixed(0)} articles/s wall, ${(size / cpuSeconds).toFixed(0)} articles/s of CPU (${size} articles, ${Math.round(bytes / size)} chars each, ${claims} claims, ${seconds.toFixed(1)} s)`,
);
