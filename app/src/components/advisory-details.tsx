import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Link } from './link';
import { usePath } from '../lib/router';
import { Progress, type DetailsProps } from './benefit-details';

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
