import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { NewPaymentMethod, PaymentMethod } from '../api/contract';
import { localized } from '../lib/field-errors';

interface Props {
  methods: PaymentMethod[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  onAdded: (method: PaymentMethod) => void;
  onNext: () => void;
  onBack: () => void;
}

type Field = keyof NewPaymentMethod;

/** Out of the field, a card number shows its last four digits only, as on the rest of the product. */
function maskCardNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length > 4 ? `•••• ${digits.slice(-4)}` : number;
}

const empty = { holderName: '', cardNumber: '', expiryMonth: '', expiryYear: '', securityCode: '', postalCode: '' };

export function PaymentStep({ methods, selected, onSelect, onAdded, onNext, onBack }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [editingCard, setEditingCard] = useState(false);
  const years = Array.from({ length: 12 }, (_, i) => new Date().getUTCFullYear() + i);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!adding) return onNext();
    setSaving(true);
    setFailure(undefined);
    try {
      const method = await api.addPaymentMethod({
        holderName: form.holderName,
        cardNumber: form.cardNumber.replace(/[\s-]/g, ''),
        expiryMonth: Number(form.expiryMonth),
        expiryYear: Number(form.expiryYear),
        securityCode: form.securityCode,
        postalCode: form.postalCode,
      });
      setErrors({});
      onAdded(method);
    } catch (e) {
      if (e instanceof ApiFailure && Object.keys(e.fields).length > 0)
        setErrors(localized(e.fields, t('wizard.fieldErrors', { returnObjects: true }) as Record<Field, string>));
      else setFailure(e instanceof ApiFailure && e.code !== 'network' ? e.message : t('wizard.errorNetwork'));
    } finally {
      setSaving(false);
    }
  };

  const input = (
    field: Exclude<Field, 'expiryMonth' | 'expiryYear'>,
    label: string,
    extra: Record<string, string> = {},
  ) => (
    // The message sits outside the label so it describes the field without becoming part of its name.
    <div>
      <label>
        {label}
        <input
          name={field}
          value={field === 'cardNumber' && !editingCard ? maskCardNumber(form.cardNumber) : form[field]}
          onChange={(e) => setForm({ ...form, [field]: e.target.value })}
          onFocus={field === 'cardNumber' ? () => setEditingCard(true) : undefined}
          onBlur={field === 'cardNumber' ? () => setEditingCard(false) : undefined}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={errors[field] ? `${field}-error` : undefined}
          {...extra}
        />
      </label>
      {errors[field] && (
        <span className="field-error" id={`${field}-error`}>
          {errors[field]}
        </span>
      )}
    </div>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {methods.length > 0 && !adding && (
        <fieldset>
          <legend>{t('wizard.chooseWayToPay')}</legend>
          {methods.map((m) => (
            <label key={m.id}>
              <input type="radio" name="method" checked={selected === m.id} onChange={() => onSelect(m.id)} />{' '}
              {t('wizard.card', {
                brand: t(`brands.${m.brand}`),
                last4: m.last4,
                month: String(m.expiryMonth).padStart(2, '0'),
                year: m.expiryYear,
              })}
            </label>
          ))}
        </fieldset>
      )}
      {/* With a card on file (one just declined, say), another way to pay can still be added. */}
      {methods.length > 0 && !adding && (
        <p>
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {t('wizard.addAnotherWayToPay')}
          </button>
        </p>
      )}
      {methods.length === 0 && !adding && (
        <>
          <p>{t('wizard.noPaymentMethod')}</p>
          <button type="button" onClick={() => setAdding(true)}>
            {t('wizard.addWayToPay')}
          </button>
        </>
      )}
      {adding && (
        <fieldset>
          <legend>{t('wizard.newCard')}</legend>
          {input('holderName', t('wizard.holderName'), { autoComplete: 'cc-name' })}
          {input('cardNumber', t('wizard.cardNumber'), { autoComplete: 'cc-number', inputMode: 'numeric' })}
          {/* Labelled by id: a wrapping label would add every option's text to the name. */}
          <label htmlFor="expiryMonth">{t('wizard.expiryMonth')}</label>
          <select
            id="expiryMonth"
            name="expiryMonth"
            value={form.expiryMonth}
            onChange={(e) => setForm({ ...form, expiryMonth: e.target.value })}
            aria-invalid={errors.expiryMonth ? true : undefined}
            aria-describedby={errors.expiryMonth ? 'expiryMonth-error' : undefined}
          >
            <option value="" />
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {String(i + 1).padStart(2, '0')}
              </option>
            ))}
          </select>
          {errors.expiryMonth && (
            <span className="field-error" id="expiryMonth-error">
              {errors.expiryMonth}
            </span>
          )}
          {/* Labelled by id: a wrapping label would add every option's text to the name. */}
          <label htmlFor="expiryYear">{t('wizard.expiryYear')}</label>
          <select
            id="expiryYear"
            name="expiryYear"
            value={form.expiryYear}
            onChange={(e) => setForm({ ...form, expiryYear: e.target.value })}
            aria-invalid={errors.expiryYear ? true : undefined}
            aria-describedby={errors.expiryYear ? 'expiryYear-error' : undefined}
          >
            <option value="" />
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
          {errors.expiryYear && (
            <span className="field-error" id="expiryYear-error">
              {errors.expiryYear}
            </span>
          )}
          {input('securityCode', t('wizard.securityCode'), { autoComplete: 'cc-csc', inputMode: 'numeric' })}
          {input('postalCode', t('wizard.postalCode'), { autoComplete: 'postal-code' })}
        </fieldset>
      )}
      {failure && <p role="alert">{failure}</p>}
      {saving && (
        <p role="status" className="progress">
          {t('wizard.saving')}
        </p>
      )}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={adding && methods.length > 0 ? () => setAdding(false) : onBack}
        >
          {t('app.back')}
        </button>{' '}
        <button type="submit" disabled={saving || (!adding && !selected)}>
          {t('wizard.next')}
        </button>
      </p>
    </form>
  );
}
