import { useTranslation } from 'react-i18next';
import type { Subscription } from '../api/contract';
import { daysBetween, formatDate, today } from '../lib/format';

/** How long before expiry a partner who turned off automatic renewal is reminded to renew. */
export const REMINDER_WINDOW_DAYS = 30;

export function RenewalReminder({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  if (subscription.autoRenew) return null;
  const left = daysBetween(today(), subscription.renewalDate);
  if (left < 0 || left > REMINDER_WINDOW_DAYS) return null;
  return (
    <p className="notice" role="note">
      {t('offers.reminder', { date: formatDate(subscription.renewalDate) })}
    </p>
  );
}
