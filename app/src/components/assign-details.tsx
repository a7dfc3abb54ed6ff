import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import { ExternalLink } from './external-link';
import { AssignedUsers, Progress, type DetailsProps } from './benefit-details';

/**
 * Visual Studio and support benefits: a user from the list, for support an alternative email that is not the
 * user's account email, then Assign user. What was chosen and typed stays on screen when the backend refuses it.
 */
export function AssignDetails(props: DetailsProps) {
  const { t } = useTranslation();
  const { benefit, canAssign, users, onChange } = props;
  const support = benefit.kind === 'support';
  const [userId, setUserId] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ userId?: string; alternativeEmail?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const id = `assign-${benefit.id}`;
  const full = benefit.assignments.length >= benefit.quantity;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    if (!userId) return setErrors({ userId: t('benefits.fieldErrors.userId') });
    inFlight.current = true;
    setBusy(true);
    setErrors({});
    setFailure(undefined);
    try {
      onChange(await api.assignUser(benefit.id, support ? { userId, alternativeEmail: email.trim() } : { userId }));
      setUserId('');
      setEmail('');
    } catch (e) {
      const code = e instanceof ApiFailure ? e.code : '';
      const name = users.find((u) => u.id === userId)?.name ?? '';
      if (code === 'same-email') setErrors({ alternativeEmail: t('benefits.fieldErrors.sameEmail') });
      else if (code === 'invalid' && e instanceof ApiFailure && e.fields['alternativeEmail'])
        setErrors({ alternativeEmail: t('benefits.fieldErrors.alternativeEmail') });
      else if (code === 'already-assigned' || code === 'no-seats-left' || code === 'not-global-admin')
        setFailure(t(`benefits.errors.${code}`, { name }));
      else setFailure(t('benefits.errors.generic'));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const described = (field: 'userId' | 'alternativeEmail', hint?: string) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [errors[field] ? `${id}-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });

  return (
    <>
      {support && <p className="notice">{t('benefits.activationTakes')}</p>}
      {canAssign && !full && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor={`${id}-user`}>{t('benefits.user')}</label>
          <select
            id={`${id}-user`}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            {...described('userId', `${id}-user-hint`)}
          >
            <option value="">{t('benefits.chooseUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
          <p id={`${id}-user-hint`} className="hint">
            {t('benefits.userNotListed')}
          </p>
          {errors.userId && (
            <span className="field-error" id={`${id}-userId-error`}>
              {errors.userId}
            </span>
          )}
          {support && (
            <div>
              <label htmlFor={`${id}-email`}>{t('benefits.alternativeEmail')}</label>
              <input
                id={`${id}-email`}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                {...described('alternativeEmail', `${id}-email-hint`)}
              />
              <p id={`${id}-email-hint`} className="hint">
                {t('benefits.alternativeEmailHint')}
              </p>
              {errors.alternativeEmail && (
                <span className="field-error" id={`${id}-alternativeEmail-error`}>
                  {errors.alternativeEmail}
                </span>
              )}
            </div>
          )}
          <p>
            <button type="submit" disabled={busy}>
              {t('benefits.assignUser')}
            </button>
          </p>
          {busy && <Progress text={t('benefits.assigning')} />}
          {failure && <p role="alert">{failure}</p>}
        </form>
      )}
      {canAssign && full && <p className="notice">{t('benefits.allAssigned')}</p>}
      <AssignedUsers {...props} />
      {benefit.category === 'visual-studio' && (
        <p>
          <ExternalLink href="https://my.visualstudio.com/">{t('benefits.visualStudioPortal')}</ExternalLink>
        </p>
      )}
    </>
  );
}
