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

/** "US$100", as partners outside the US read a dollar amount. */
export function formatUsdWhole(amount: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', currencyDisplay: 'symbol', maximumFractionDigits: 0 })
    .format(amount)
    .replace(/^\$/, 'US$');
}

/** Today's calendar date in UTC, the same convention the backend uses. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
