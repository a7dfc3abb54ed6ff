import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { AccountUser, MarketingContact } from '../api/contract';
import { locale } from '../i18n';

const contactLanguages = ['en-US', 'ko-KR', 'ja-JP', 'de-DE'];
const languageName = (tag: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;

type ContactField = 'userId' | 'email' | 'phone' | 'language';
type Mode = 'add' | 'update' | 'change';

/** At the top of the Go-To-Market page: the marketing contact, set with Add, Update or Change. */
export function MarketingContactSection({
  contact,
  users,
  canManage,
  onSaved,
}: {
  contact: MarketingContact | null;
  users: AccountUser[];
  canManage: boolean;
  onSaved: (contact: MarketingContact) => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>();
  const [form, setForm] = useState<Record<ContactField, string>>({ userId: '', email: '', phone: '', language: '' });
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const holder = contact ? users.find((u) => u.id === contact.userId) : undefined;

  const open = (next: Mode) => {
    setMode(next);
    setErrors({});
    setFailure(undefined);
    // Update edits the contact's details; Change and Add start from a new user.
    setForm(
      next === 'update' && contact
        ? { userId: contact.userId, email: contact.email, phone: contact.phone, language: contact.language }
        : { userId: '', email: '', phone: '', language: '' },
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<ContactField, string>> = {};
    for (const field of ['userId', 'email', 'phone', 'language'] as const)
      if (!form[field].trim()) missing[field] = t(`benefits.fieldErrors.${field}`);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      onSaved(await api.setMarketingContact({ ...form, email: form.email.trim() }));
      setMode(undefined);
    } catch (e) {
      if (e instanceof ApiFailure && e.code === 'same-email') setErrors({ email: t('benefits.fieldErrors.sameEmail') });
      else if (e instanceof ApiFailure && e.fields['email']) setErrors({ email: t('benefits.fieldErrors.email') });
      else setFailure(t('benefits.errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  const described = (field: ContactField) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `contact-${field}-error` : undefined,
  });
  const error = (field: ContactField) =>
    errors[field] && (
      <span className="field-error" id={`contact-${field}-error`}>
        {errors[field]}
      </span>
    );

  return (
    <section aria-labelledby="marketing-contact">
      <h2 id="marketing-contact">{t('benefits.marketingContact')}</h2>
      <p>{t('benefits.marketingContactRule')}</p>
      {contact && holder ? (
        <p className="contact">
          {t('benefits.contactSaved', { name: holder.name })} {contact.email}, {contact.phone},{' '}
          {languageName(contact.language)}
        </p>
      ) : (
        <p>{t('benefits.noMarketingContact')}</p>
      )}
      {canManage && !mode && (
        <p>
          {contact ? (
            <>
              <button type="button" className="secondary" onClick={() => open('update')}>
                {t('benefits.update')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => open('change')}>
                {t('benefits.change')}
              </button>
            </>
          ) : (
            <button type="button" className="secondary" onClick={() => open('add')}>
              {t('benefits.add')}
            </button>
          )}
        </p>
      )}
      {mode && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor="contact-user">{t('benefits.user')}</label>
          <select
            id="contact-user"
            value={form.userId}
            onChange={(e) => setForm({ ...form, userId: e.target.value })}
            {...described('userId')}
          >
            <option value="">{t('benefits.chooseUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
          {error('userId')}
          <p className="hint">{t('benefits.userNotListed')}</p>
          <label htmlFor="contact-email">{t('benefits.contactEmail')}</label>
          <input
            id="contact-email"
            type="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            {...described('email')}
          />
          {error('email')}
          <label htmlFor="contact-phone">{t('benefits.contactPhone')}</label>
          <input
            id="contact-phone"
            type="tel"
            value={form.phone}
            onChange={(e) => setForm({ ...form, phone: e.target.value })}
            {...described('phone')}
          />
          {error('phone')}
          <label htmlFor="contact-language">{t('benefits.preferredLanguage')}</label>
          <select
            id="contact-language"
            value={form.language}
            onChange={(e) => setForm({ ...form, language: e.target.value })}
            {...described('language')}
          >
            <option value="">{t('benefits.chooseLanguageOption')}</option>
            {contactLanguages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
          {error('language')}
          <p>
            <button type="submit" disabled={busy}>
              {t('benefits.assignUser')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setMode(undefined)}>
              {t('app.cancel')}
            </button>
          </p>
          {busy && (
            <p role="status" className="progress">
              {t('benefits.assigning')}
            </p>
          )}
          {failure && <p role="alert">{failure}</p>}
        </form>
      )}
    </section>
  );
}
