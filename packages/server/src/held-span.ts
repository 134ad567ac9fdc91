// The days a role claim certainly says its post was held. A stated term (منذ 2019، بين عامي 2016
// و2018) is precise: held from the end of its start's period to the beginning of its end's, and
// while it is open, up to the article's day. A claim with none holds at least on its article's
// day (an imprecise date). Days are ISO `YYYY-MM-DD`.
import { periodEnd, periodStart } from '@shabaka/model';

export interface HeldClaim {
  asOf?: string;
  validFrom?: string;
  validTo?: string;
}

export interface HeldSpan {
  from: string;
  to: string;
  /** The span comes from a term the text states, not from the article's day. */
  stated: boolean;
}

const min = (a: string, b: string) => (a < b ? a : b);

export function heldSpan(c: HeldClaim): HeldSpan | undefined {
  const day = c.asOf?.slice(0, 10);
  if (!c.validFrom && !c.validTo) return day ? { from: day, to: day, stated: false } : undefined;
  // a period of a year or a month is held at least somewhere in it: its inner bounds, unless they cross
  const start = c.validFrom ? periodEnd(c.validFrom) : undefined;
  const end = c.validTo ? periodStart(c.validTo) : undefined;
  if (start && end)
    return start <= end
      ? { from: start, to: end, stated: true }
      : { from: periodStart(c.validFrom!), to: periodEnd(c.validTo!), stated: true };
  if (start) {
    const from = day ? min(start, day) : start;
    return { from, to: day && day > from ? day : from, stated: true };
  }
  return { from: end!, to: end!, stated: true };
}
