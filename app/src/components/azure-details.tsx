import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ExternalLink } from './external-link';
import { AssignedUsers, Progress, type DetailsProps } from './benefit-details';

/** Usage-based Azure: activated by assigning yourself; managed in the Azure portal. */
export function AzureDetails(props: DetailsProps) {
  const { t } = useTranslation();
  const { benefit, canAssign, signedInUserId, onChange } = props;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const assigned = benefit.assignments.some((a) => a.userId === signedInUserId);
  const assignYourself = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      onChange(await api.assignUser(benefit.id, { userId: signedInUserId }));
    } catch {
      setFailure(t('benefits.errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>{t('benefits.azureUsage')}</p>
      {canAssign && !assigned && (
        <button type="button" onClick={() => void assignYourself()} disabled={busy}>
          {t('benefits.assignYourself')}
        </button>
      )}
      {busy && <Progress text={t('benefits.assigning')} />}
      {failure && <p role="alert">{failure}</p>}
      <AssignedUsers {...props} />
      <p>
        <ExternalLink href="https://portal.azure.com/">{t('benefits.azurePortal')}</ExternalLink>
      </p>
    </>
  );
}
