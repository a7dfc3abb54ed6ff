import type { StepResult } from '../model';

/** How a report names a step to a person: as the page renders it ('3a'); a step the page does not document by its place in the flow. */
export const stepName = (st: StepResult): string => st.shown ?? String(st.n);
