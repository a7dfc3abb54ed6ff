import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../api/contract';

/** A card is only ever shown by brand and last four digits. */
export function useCardLabel() {
  const { t } = useTranslation();
  return (m: PaymentMethod) => t('wizard.cardShort', { brand: t(`brands.${m.brand}`), last4: m.last4 });
}
