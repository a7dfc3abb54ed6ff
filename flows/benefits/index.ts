import type { FlowContext, FlowReporter } from '../flow';
import { cancelBenefit } from './cancel-benefit';
import { cloud } from './cloud';
import { goToMarket } from './go-to-market';
import { software } from './software';
import { technical } from './technical';
import { visualStudio } from './visual-studio';

/** The flows of "Manage your Microsoft Partner Network membership benefits", one per documented procedure. */
export const benefitFlows = [software, cloud, visualStudio, technical, goToMarket, cancelBenefit] as const;

/** One instance of each flow on one page, for a test. */
export function createBenefitFlows(ctx: FlowContext, reporter: FlowReporter) {
  return {
    software: software.create(ctx, reporter),
    cloud: cloud.create(ctx, reporter),
    visualStudio: visualStudio.create(ctx, reporter),
    technical: technical.create(ctx, reporter),
    goToMarket: goToMarket.create(ctx, reporter),
    cancelBenefit: cancelBenefit.create(ctx, reporter),
  };
}

export type BenefitFlows = ReturnType<typeof createBenefitFlows>;
export { cancelBenefit, cloud, goToMarket, software, technical, visualStudio };
export { SOFTWARE } from './software';
export { AZURE, OFFICE } from './cloud';
export { VISUAL_STUDIO } from './visual-studio';
export type CancelBenefitFlow = ReturnType<typeof cancelBenefit.create>;
export type CloudFlow = ReturnType<typeof cloud.create>;
export type GoToMarketFlow = ReturnType<typeof goToMarket.create>;
export type SoftwareFlow = ReturnType<typeof software.create>;
export type TechnicalFlow = ReturnType<typeof technical.create>;
export type VisualStudioFlow = ReturnType<typeof visualStudio.create>;
