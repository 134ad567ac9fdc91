// conlleval-style scoring: a predicted span counts only if its type, first and last word all match
// a gold span.
import { ENTITY_TYPES, type Span } from './model.ts';

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

function figures(type: string, gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, gold, predicted, correct, precision, recall, f1 };
}

/** Per-type and overall scores over sentences (gold[i] and predicted[i] are one sentence's spans). */
export function scoreSpans(gold: readonly Span[][], predicted: readonly Span[][]): TypeScore[] {
  const key = (s: Span) => `${s.type}:${s.first}:${s.last}`;
  const counts = new Map(ENTITY_TYPES.map((t) => [t as string, { gold: 0, predicted: 0, correct: 0 }]));
  gold.forEach((spans, i) => {
    const wanted = new Set(spans.map(key));
    for (const s of spans) counts.get(s.type)!.gold++;
    for (const s of predicted[i] ?? []) {
      const c = counts.get(s.type)!;
      c.predicted++;
      if (wanted.has(key(s))) c.correct++;
    }
  });
  const rows = [...counts].map(([type, c]) => figures(type, c.gold, c.predicted, c.correct));
  const sum = (k: 'gold' | 'predicted' | 'correct') => rows.reduce((a, r) => a + r[k], 0);
  return [...rows, figures('ALL', sum('gold'), sum('predicted'), sum('correct'))];
}

export function renderScores(rows: readonly TypeScore[]): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = ['type     gold  pred  correct      P      R     F1'];
  for (const r of rows) {
    lines.push(
      `${r.type.padEnd(6)} ${String(r.gold).padStart(6)} ${String(r.predicted).padStart(5)} ${String(r.correct).padStart(8)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`,
    );
  }
  return lines.join('\n');
}
