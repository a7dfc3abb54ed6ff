import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceOrderResult } from '../api/contract';
import { formatDate, formatMoney } from '../lib/format';

export function ConfirmationDialog({
  result,
  card,
  onClose,
}: {
  result: PlaceOrderResult;
  card: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="order-confirmed">
        <h2 id="order-confirmed">{t('wizard.confirmed')}</h2>
        <p>
          {t('wizard.charged', {
            amount: formatMoney(result.order.amount),
            card,
            date: formatDate(result.order.chargedOn),
          })}
        </p>
        <p>{t('wizard.renewal', { date: formatDate(result.subscription.renewalDate) })}</p>
        <button type="button" ref={close} onClick={onClose}>
          {t('wizard.close')}
        </button>
      </div>
    </div>
  );
}
