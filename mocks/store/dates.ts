import type { IsoDate } from '../../app/src/api/contract';

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The subscription's anniversary in `year`: the purchase month and day, or the last day of that month when
 * the year has no such day. A purchase on 29 February renews on 28 February in common years and on
 * 29 February again in leap years, so the anniversary never drifts.
 */
export function anniversaryIn(purchase: IsoDate, year: number): IsoDate {
  const [, month, day] = parts(purchase);
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, lastDayOfMonth(year, month)))}`;
}

/** The renewal date one year after `from`, on the purchase anniversary. */
export function nextRenewal(purchase: IsoDate, from: IsoDate): IsoDate {
  return anniversaryIn(purchase, parts(from)[0] + 1);
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}
