import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import { ProblemType, type NewSupportRequest, type SupportRequest } from '../api/contract';
import { Link } from '../components/link';
import { localized } from '../lib/field-errors';
import { formatDate } from '../lib/format';
import { useLoad } from '../lib/use-load';

type Field = Exclude<keyof NewSupportRequest, 'idempotencyKey'>;
/** The backend's refusals of a cancellation with a refund; each has its own reason in the catalog. */
const refundRefusals = ['refund-window-passed', 'software-activated', 'nothing-to-cancel'] as const;
const isRefundRefusal = (code: string): code is (typeof refundRefusals)[number] =>
  (refundRefusals as readonly string[]).includes(code);

export function NewRequestPage() {
  const { t } = useTranslation();
  const [partner] = useLoad(api.partner, []);
  const contact = partner.state === 'ready' ? partner.data.contact : undefined;
  return (
    <>
      <h1>{t('support.formHeading')}</h1>
      {/* Contact fields start from the account's contact, as the real form does, filled in once it has loaded. */}
      <RequestForm contact={contact} />
    </>
  );
}

function RequestForm({ contact }: { contact?: { name: string; email: string; phone: string } }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Record<Field, string>>({
    problemType: '',
    title: '',
    description: '',
    contactName: contact?.name ?? '',
    contactEmail: contact?.email ?? '',
    contactPhone: contact?.phone ?? '',
  });
  // The account's contact arrives after the form is on screen: it fills the contact fields still empty and
  // keeps everything the partner has already chosen or typed.
  useEffect(() => {
    if (!contact) return;
    setForm((typed) => ({
      ...typed,
      contactName: typed.contactName || contact.name,
      contactEmail: typed.contactEmail || contact.email,
      contactPhone: typed.contactPhone || contact.phone,
    }));
  }, [contact]);
  // From the form as it is, not as this render saw it: the contact can arrive between a render and the next
  // keystroke, and a copy of the older form would empty the contact fields it just filled.
  const change = (field: Field) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setForm((typed) => ({ ...typed, [field]: value }));
  };
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [created, setCreated] = useState<SupportRequest>();
  const key = useRef(crypto.randomUUID());
  const inFlight = useRef(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current || created) return;
    const type = ProblemType.safeParse(form.problemType);
    if (!type.success) {
      setErrors({ problemType: t('support.chooseTypeError') });
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setFailure(undefined);
    try {
      setCreated(await api.createSupportRequest({ ...form, problemType: type.data, idempotencyKey: key.current }));
      setErrors({});
    } catch (e) {
      if (e instanceof ApiFailure && isRefundRefusal(e.code)) {
        const date = e.fields['purchasedOn'];
        setFailure(t(`support.refundRefused.${e.code}`, { date: date ? formatDate(date) : '' }));
      } else if (e instanceof ApiFailure && Object.keys(e.fields).length > 0) {
        setErrors(localized(e.fields, t('support.fieldErrors', { returnObjects: true }) as Record<Field, string>));
        setFailure(t('support.fixErrors'));
      } else setFailure(t('support.submitError'));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const describe = (field: Field) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${field}-error` : undefined,
    required: true,
  });
  const error = (field: Field) =>
    errors[field] && (
      <span className="field-error" id={`${field}-error`}>
        {errors[field]}
      </span>
    );
  // The message sits outside the label so it describes the control without becoming part of its name.
  const text = (field: Exclude<Field, 'problemType' | 'description'>, type = 'text') => (
    <div>
      <label>
        {t(`support.${field}`)}
        <input type={type} name={field} value={form[field]} onChange={change(field)} {...describe(field)} />
      </label>
      {error(field)}
    </div>
  );

  if (created)
    return (
      <>
        <p role="status">{t('support.submitted', { number: created.number })}</p>
        <Link href={`/partner/support/requests/${created.id}`}>{created.title}</Link>
      </>
    );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div>
        {/* Labelled by id: a wrapping label would add every option's text to the name. */}
        <label htmlFor="problemType">{t('support.typeOfProblem')}</label>
        <select
          id="problemType"
          name="problemType"
          value={form.problemType}
          onChange={change('problemType')}
          {...describe('problemType')}
        >
          <option value="">{t('support.chooseType')}</option>
          {ProblemType.options.map((type) => (
            <option key={type} value={type}>
              {t(`support.types.${type}`)}
            </option>
          ))}
        </select>
        {error('problemType')}
      </div>
      {text('title')}
      <div>
        <label>
          {t('support.description')}
          <textarea
            name="description"
            rows={4}
            value={form.description}
            onChange={change('description')}
            {...describe('description')}
          />
        </label>
        {error('description')}
      </div>
      {text('contactName')}
      {text('contactEmail', 'email')}
      {text('contactPhone', 'tel')}
      {failure && <p role="alert">{failure}</p>}
      {busy && (
        <p role="status" className="progress">
          {t('support.submitting')}
        </p>
      )}
      <p>
        <button type="submit" disabled={busy}>
          {t('support.submit')}
        </button>
      </p>
    </form>
  );
}
