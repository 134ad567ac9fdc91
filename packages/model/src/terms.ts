// A claim's term as its text states it (منذ 2019، بين عامي 2016 و2018، from 2015 to 2017): when
// the post or membership held, at the precision the text gives. Article dates stay `asOf`: they
// say when a claim was cited, a stated term when it held. A `former` claim with no `validTo` is
// an open end: it had ended by its `asOf` (served as `endedBy`, never stored).
import { z } from 'zod';
import { DATE_PRECISIONS, type DatePrecision } from './vocabulary.ts';

export const StatedDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('an ISO date as precise as the text: 2019, 2019-03 or 2019-03-04');

/** The claim-edge properties of a stated term (MODEL.md), on role and membership claims. */
export const claimTerm = {
  validFrom: StatedDateSchema.optional().describe('the text says the claim held from then (منذ، من، since)'),
  validTo: StatedDateSchema.optional().describe('the text says the claim held until then (حتى، إلى، until)'),
};
export interface ClaimTerm {
  validFrom?: string;
  validTo?: string;
}

const PRECISION_BY_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

export function precisionOf(date: string): DatePrecision {
  return PRECISION_BY_LENGTH[date.length] ?? 'day';
}

/** The first day of a stated date's period: `2019` → `2019-01-01`. */
export function periodStart(date: string): string {
  return `${date}${'-01-01'.slice(date.length - 4)}`.slice(0, 10);
}

/** The last day of a stated date's period: `2019` → `2019-12-31`, `2020-02` → `2020-02-29`. */
export function periodEnd(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number?];
  if (date.length === 10) return date;
  const last = month ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31));
  return last.toISOString().slice(0, 10);
}

export const StatedDateOutSchema = z
  .object({ date: StatedDateSchema, precision: z.enum(DATE_PRECISIONS) })
  .meta({ id: 'StatedDate' });

export const StatedTermSchema = z
  .object({
    from: StatedDateOutSchema.optional().describe('the earliest start a source states'),
    to: StatedDateOutSchema.optional().describe('the latest end a source states'),
    endedBy: z
      .string()
      .optional()
      .describe('a source calls it former and states no end: it had ended by that article date'),
  })
  .meta({ id: 'StatedTerm' });
export type StatedTerm = z.infer<typeof StatedTermSchema>;

export const statedDate = (date: string) => ({ date, precision: precisionOf(date) });

/** A stated term as a reader writes it: `2016–2018`, `since 2019`, `until 2020-02`. */
export function termText({ validFrom, validTo }: ClaimTerm): string | undefined {
  if (validFrom && validTo) return validFrom === validTo ? validFrom : `${validFrom}–${validTo}`;
  if (validFrom) return `since ${validFrom}`;
  if (validTo) return `until ${validTo}`;
  return undefined;
}
