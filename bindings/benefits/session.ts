// How a check drives the product for this page: the account and role each flow and probe starts from, and what a
// completed run asks the backend for the rules. Loaded when the check first opens a session (bindings/benefits/index.ts):
// a run that reads every record back never needs the mocked backend, its data or the browser session.
import type { ProductSession, SessionTarget } from '../../checker/binding';
import type { FlowDefinition } from '../../flows/flow';
import { openSandboxSession, storeFor } from '../sandbox-session';
import type { BenefitsKept } from './facts';
import {
  activationDays,
  contactSameEmail,
  refundFindings,
  statusShownAfterActivate,
  supportSameEmail,
} from './findings';
import type { BenefitsProbe } from './probes';

const SOFTWARE = 'manage-software-benefits';
const TECHNICAL = 'manage-technical-benefits';
const GO_TO_MARKET = 'manage-go-to-market-offers';

/** A session prepared for a flow (its account) or a probe (the screen's account and role). */
export async function openBenefitsSession(
  target: SessionTarget,
  start: { flow: FlowDefinition } | { probe: BenefitsProbe },
): Promise<ProductSession<BenefitsKept>> {
  const store = storeFor(target, start);
  if ('probe' in start) store.role = start.probe.role;
  // Go-To-Market offers come from competencies: a silver and a gold one, so both core benefits are listed.
  if ('flow' in start && start.flow.anchor === GO_TO_MARKET)
    store.partner = {
      ...store.partner,
      competencies: [
        { name: 'Cloud Platform', level: 'silver' },
        { name: 'Data Analytics', level: 'gold' },
      ],
    };
  const session = await openSandboxSession(target, store);
  const anchor = 'flow' in start ? start.flow.anchor : undefined;
  return {
    ...session,
    keep: async (completed) => {
      const kept: BenefitsKept = {};
      if (!completed) return kept;
      if (anchor === SOFTWARE) kept.refund = await refundFindings(session.flow);
      if (anchor === TECHNICAL) kept.sameEmail = await supportSameEmail(session.flow);
      if (anchor === GO_TO_MARKET) {
        const shown = await statusShownAfterActivate(session.flow);
        if (shown !== undefined) kept.statusShown = shown;
        kept.sameEmail = await contactSameEmail(session.flow);
        kept.activation = await activationDays(session.flow);
      }
      return kept;
    },
  };
}
