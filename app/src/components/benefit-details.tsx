import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { AccountUser, Benefit } from '../api/contract';
import { formatDate } from '../lib/format';

/** What every benefit's details need: the benefit, who may act, the account's users, and how to report a change. */
export interface DetailsProps {
  benefit: Benefit;
  canAssign: boolean;
  users: AccountUser[];
  signedInUserId: string;
  onChange: (benefit: Benefit) => void;
}

/** A request under way, announced where the details show it. */
export function Progress({ text }: { text: string }) {
  return (
    <p role="status" className="progress">
      {text}
    </p>
  );
}

/** Who holds the benefit, each with Remove for a global admin: reassigning is removing, then assigning another. */
export function AssignedUsers({ benefit, canAssign, users, onChange }: DetailsProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  const remove = async (userId: string) => {
    setBusy(true);
    setFailure(undefined);
    try {
      onChange(await api.removeUser(benefit.id, userId));
    } catch {
      setFailure(t('benefits.errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h4>{t('benefits.assignedUsers')}</h4>
      {benefit.assignments.length === 0 ? (
        <p>{t('benefits.noneAssigned')}</p>
      ) : (
        <ul aria-label={t('benefits.assignedUsers')}>
          {benefit.assignments.map((a) => (
            <li key={a.userId}>
              {nameOf(a.userId)}
              {a.alternativeEmail ? ` (${a.alternativeEmail})` : ''},{' '}
              {t('benefits.assignedOn', { date: formatDate(a.assignedOn) })}{' '}
              {canAssign && (
                <button type="button" className="secondary" disabled={busy} onClick={() => void remove(a.userId)}>
                  {t('benefits.remove', { name: nameOf(a.userId) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {failure && <p role="alert">{failure}</p>}
    </>
  );
}
