import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { AccountUser, Benefit, Download } from '../api/contract';
import { formatDate } from '../lib/format';
import { locale } from '../i18n';
import { ExternalLink } from './external-link';
import { Link } from './link';
import { usePath } from '../lib/router';

/** What every benefit's details need: the benefit, who may act, the account's users, and how to report a change. */
export interface DetailsProps {
  benefit: Benefit;
  canAssign: boolean;
  users: AccountUser[];
  signedInUserId: string;
  onChange: (benefit: Benefit) => void;
}

const languageName = (tag: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;

function Progress({ text }: { text: string }) {
  return (
    <p role="status" className="progress">
      {text}
    </p>
  );
}

/** Software and license-based cloud: Get keys reveals the keys; software then offers its installation packages. */
export function KeysDetails({ benefit, canAssign, onChange }: DetailsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const getKeys = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      onChange(await api.getKeys(benefit.id));
    } catch {
      setFailure(t('benefits.errors.keys'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {benefit.category === 'cloud' && <p>{t('benefits.licenseBased')}</p>}
      {!benefit.keys && canAssign && (
        <button type="button" onClick={() => void getKeys()} disabled={busy}>
          {t('benefits.getKeys')}
        </button>
      )}
      {busy && <Progress text={t('benefits.gettingKeys')} />}
      {failure && <p role="alert">{failure}</p>}
      {benefit.keys && (
        <table aria-label={t('benefits.keys')}>
          <thead>
            <tr>
              <th>{t('benefits.key')}</th>
              <th>{t('benefits.instructions')}</th>
            </tr>
          </thead>
          <tbody>
            {benefit.keys.map((k) => (
              <tr key={k.key}>
                <td>
                  <code>{k.key}</code>
                </td>
                <td>{k.instructions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {benefit.keys && benefit.languages.length > 0 && <Downloads benefit={benefit} />}
    </>
  );
}

/** Chosen a language and an operating system, the installation packages to follow. */
function Downloads({ benefit }: { benefit: Benefit }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState('');
  const [os, setOs] = useState('');
  const [downloads, setDownloads] = useState<Download[]>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const id = `downloads-${benefit.id}`;
  const load = async (nextLanguage: string, nextOs: string) => {
    setDownloads(undefined);
    setFailure(undefined);
    if (!nextLanguage || !nextOs) return;
    setBusy(true);
    try {
      setDownloads(await api.downloads(benefit.id, nextLanguage, nextOs));
    } catch {
      setFailure(t('benefits.errors.downloads'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <label htmlFor={`${id}-language`}>{t('benefits.language')}</label>
      <select
        id={`${id}-language`}
        value={language}
        onChange={(e) => {
          setLanguage(e.target.value);
          void load(e.target.value, os);
        }}
      >
        <option value="">{t('benefits.chooseLanguage')}</option>
        {benefit.languages.map((l) => (
          <option key={l} value={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-os`}>{t('benefits.operatingSystem')}</label>
      <select
        id={`${id}-os`}
        value={os}
        onChange={(e) => {
          setOs(e.target.value);
          void load(language, e.target.value);
        }}
      >
        <option value="">{t('benefits.chooseOperatingSystem')}</option>
        {benefit.operatingSystems.map((o) => (
          <option key={o} value={o}>
            {t(`benefits.os.${o}`)}
          </option>
        ))}
      </select>
      {busy && <Progress text={t('benefits.loadingDownloads')} />}
      {failure && <p role="alert">{failure}</p>}
      {downloads && (
        <ul aria-label={t('benefits.downloads')}>
          {downloads.map((d) => (
            <li key={d.url}>
              <ExternalLink href={d.url}>{t('benefits.download', { name: d.name })}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Who holds the benefit, each with Remove for a global admin: reassigning is removing, then assigning another. */
function AssignedUsers({ benefit, canAssign, users, onChange }: DetailsProps) {
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

const phases = ['presales', 'design', 'deployment', 'app-development'] as const;
type Phase = (typeof phases)[number];

/** Advisory hours: the request form, then Submit request. */
/** Where Partner Center serves the advisory hours request form: the technical benefits, advisory hours open. */
export const advisoryRequestPath = '/partnership/benefits/createadvisoryhoursservicerequest';

export function AdvisoryDetails({ benefit, canAssign }: DetailsProps) {
  const { t } = useTranslation();
  const onForm = usePath() === advisoryRequestPath;
  const [phase, setPhase] = useState<Phase | ''>('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ phase?: string; description?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [number, setNumber] = useState<string>();
  const key = useRef(crypto.randomUUID());
  const inFlight = useRef(false);
  const id = `advisory-${benefit.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current || number) return;
    const missing = {
      ...(phase ? {} : { phase: t('benefits.fieldErrors.phase') }),
      ...(description.trim() ? {} : { description: t('benefits.fieldErrors.description') }),
    };
    setErrors(missing);
    if (!phase || Object.keys(missing).length > 0) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(undefined);
    try {
      const created = await api.requestAdvisoryHours({
        benefitId: benefit.id,
        phase,
        description,
        idempotencyKey: key.current,
      });
      setNumber(created.number);
    } catch {
      setFailure(t('benefits.errors.generic'));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('benefits.advisory')}</p>
      {canAssign && number && <p role="status">{t('benefits.requestSubmitted', { number })}</p>}
      {canAssign && !number && !onForm && <Link href={advisoryRequestPath}>{t('benefits.requestForm')}</Link>}
      {canAssign && !number && onForm && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
          <h4 id={`${id}-heading`}>{t('benefits.requestForm')}</h4>
          <label htmlFor={`${id}-phase`}>{t('benefits.phase')}</label>
          <select
            id={`${id}-phase`}
            value={phase}
            onChange={(e) => setPhase(e.target.value as Phase | '')}
            aria-invalid={errors.phase ? true : undefined}
            aria-describedby={errors.phase ? `${id}-phase-error` : undefined}
          >
            <option value="">{t('benefits.choosePhase')}</option>
            {phases.map((p) => (
              <option key={p} value={p}>
                {t(`benefits.phases.${p}`)}
              </option>
            ))}
          </select>
          {errors.phase && (
            <span className="field-error" id={`${id}-phase-error`}>
              {errors.phase}
            </span>
          )}
          <label htmlFor={`${id}-description`}>{t('benefits.requestDescription')}</label>
          <textarea
            id={`${id}-description`}
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? `${id}-description-error` : undefined}
          />
          {errors.description && (
            <span className="field-error" id={`${id}-description-error`}>
              {errors.description}
            </span>
          )}
          <p>
            <button type="submit" disabled={busy}>
              {t('benefits.submitRequest')}
            </button>
          </p>
          {busy && <Progress text={t('benefits.submittingRequest')} />}
          {failure && <p role="alert">{failure}</p>}
        </form>
      )}
    </>
  );
}
