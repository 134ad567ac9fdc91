// What `pnpm extract --trace` shows: per sentence, each rule that fired (with the claim it made)
// or that was tried on a trigger and declined (with the reason).
export interface TraceEvent {
  sentence: number;
  rule: string;
  /**
   * `fired`: the claim was added; `duplicate`: the rule made a claim an earlier rule had made;
   * `declined`: the trigger matched but an argument was not found.
   */
  outcome: 'fired' | 'duplicate' | 'declined';
  /** The claim (`X security_chief of Y`), or why the rule declined. */
  detail: string;
}

export class Trace {
  readonly events: TraceEvent[] = [];

  fired(sentence: number, rule: string, detail: string) {
    this.events.push({ sentence, rule, outcome: 'fired', detail });
  }

  duplicate(sentence: number, rule: string, detail: string) {
    this.events.push({ sentence, rule, outcome: 'duplicate', detail });
  }

  declined(sentence: number, rule: string, detail: string) {
    this.events.push({ sentence, rule, outcome: 'declined', detail });
  }

  ofSentence(sentence: number): TraceEvent[] {
    return this.events.filter((e) => e.sentence === sentence);
  }
}
