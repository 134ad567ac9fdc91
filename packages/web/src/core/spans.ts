// Cuts a text into segments at every span boundary, so overlapping mentions and claims can
// all be highlighted without nesting tags across each other.

export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  /** the spans covering this segment, in the order given */
  covering: T[];
}

export function segments<T>(length: number, spans: readonly Span<T>[]): Segment<T>[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= length);
  const cuts = new Set([0, length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    result.push({
      start,
      end,
      covering: valid.filter((s) => s.start <= start && end <= s.end).map((s) => s.value),
    });
  }
  return result;
}

/**
 * Where a claim's span falls inside its sentence: the sentence is found in the article text at
 * or before the span's start; null when the text does not contain it there.
 */
export function spanInSentence(
  text: string,
  sentence: string,
  span: { start: number; end: number },
): { start: number; end: number } | null {
  const at = text.lastIndexOf(sentence, span.start);
  if (at < 0 || span.end > at + sentence.length) return null;
  return { start: span.start - at, end: span.end - at };
}
