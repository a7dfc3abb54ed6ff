import type { IsoDate, Money } from '../api/contract';
import { locale } from '../i18n';

// Dates in the contract are calendar dates; formatting them in UTC keeps the day the backend meant,
// whatever the viewer's time zone.
export function formatDate(date: IsoDate): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatMoney(money: Money): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amount / 100);
}

/** A plain number in the locale's digits and grouping; the catalog says which currency it is. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Today's calendar date in UTC, the same convention the backend uses. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
