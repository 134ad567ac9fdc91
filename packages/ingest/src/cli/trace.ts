// `pnpm extract --trace`: the article sentence by sentence, with the mentions found in it and every
// rule that fired, repeated an earlier rule's claim, or matched its trigger and declined (and why).
import type { ArticleExtraction, Span } from '@shabaka/model';
import { splitSentences } from '../stages/split.ts';
import type { Trace } from '../rules/trace.ts';

const SECTIONS = ['persons', 'organizations', 'units', 'places'] as const;

export function renderTrace(x: ArticleExtraction, trace: Trace): string {
  const { sentences } = splitSentences(x.article.text);
  const lines: string[] = [];
  for (const [index, s] of sentences.entries()) {
    const inside = (m: Span) => m.start >= s.start && m.end <= s.end;
    const mentions = SECTIONS.flatMap((section) =>
      x.extraction[section]
        .filter((e) => e.mentions.some(inside))
        .map((e) => `${section.replace(/s$/, '')}: ${e.name}`),
    );
    const events = trace.ofSentence(index);
    if (mentions.length === 0 && events.length === 0) continue;
    lines.push(`[${index}] ${s.text}`);
    if (mentions.length > 0) lines.push(`    mentions  ${mentions.join(' · ')}`);
    for (const e of events) lines.push(`    ${e.outcome.padEnd(9)} ${e.rule}: ${e.detail}`);
  }
  return lines.join('\n');
}
