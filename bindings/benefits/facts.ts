import { newEvidence, type Evidence } from '../../checker/read/evidence';

/** The backend's answer to one request: its status and, for a refusal, its code. */
export interface Answer {
  status: number;
  code?: string;
}

/** What the product did with cancellations asking for a refund, asked of its backend after the software flow. */
export interface RefundFindings {
  /** The most days after purchase a cancellation with a refund is still accepted, no software key out; -1: none. */
  lastDayGranted: number;
  /** A cancellation one day after purchase, once Get keys activated the software benefits. */
  afterSoftwareActivated: Answer;
}

/** An offer's status on each day after Activate, as the backend reports it (day 0: the day it was pressed). */
export interface ActivationDay {
  day: number;
  status: string;
  expiresOn: string | null;
}

/** What one procedure's run keeps for the rules. */
export interface BenefitsKept {
  /** After the software flow completed. */
  refund?: RefundFindings;
  /** After the technical or Go-To-Market flow completed: the email of the user's own account given as theirs. */
  sameEmail?: Answer;
  /** After the Go-To-Market flow completed: the status the screen shows for the offer it activated. */
  statusShown?: string;
  /** After the Go-To-Market flow completed: the activated offer day by day. */
  activation?: ActivationDay[];
}

/** What the rules of the page read: what the flows and probes showed, and what each procedure's run kept, by anchor. */
export interface BenefitsFacts extends Evidence {
  kept: Map<string, BenefitsKept>;
}

export function benefitsFacts(seen: Evidence, kept: ReadonlyMap<string, BenefitsKept>): BenefitsFacts {
  return { ...seen, kept: new Map(kept) };
}

/** Facts with nothing seen or kept yet, for a spec to fill in. */
export const newBenefitsFacts = (): BenefitsFacts => benefitsFacts(newEvidence(), new Map());
