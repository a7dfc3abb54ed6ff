import type { Figures } from '../../checker/parser';

type Figure = Figures[string];

/** Two figures agree: the same number or text, or lists of the same entries in any order ("iOS, Android" = "Android, iOS"). */
function sameFigure(a: Figure | undefined, b: Figure | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const [x, y] = [new Set(a), new Set(b)];
    return x.size === y.size && [...x].every((v) => y.has(v));
  }
  return a === b;
}

/**
 * Two sentences state the same figures field by field: each figure under the same name, none more or fewer. Sorted
 * values alone would let ten licenses of one product and three of another pass for three and ten.
 */
export function sameFigures(a: Figures, b: Figures): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => k in a && k in b && sameFigure(a[k], b[k]));
}

/** What each figure counts, as a writer reads it in a report. */
const FIGURE_NAMES: Record<string, string> = {
  platforms: 'platforms',
  windowsLicenses: 'Windows licenses',
  visualStudioLicenses: 'Visual Studio licenses',
  visualStudioTeamServicesAccounts: 'Visual Studio Team Services accounts',
  crmSeats: 'CRM seats',
  emsSeats: 'EMS seats',
  azureCreditUsdPerMonth: 'US$ of Azure credit a month',
  options: 'membership options',
  renewalIntervalYears: 'years between renewals',
};

/** The figures as a report reads them: `Windows licenses: 10, platforms: iOS, Android`. */
export function describeFigures(figures: Figures): string {
  const entries = Object.entries(figures);
  if (entries.length === 0) return 'none';
  return entries.map(([k, v]) => `${FIGURE_NAMES[k] ?? k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join('; ');
}
