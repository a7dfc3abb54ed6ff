import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { AccountUser, Benefits, GoToMarketOffer, MarketingContact } from '../api/contract';
import { formatDate } from '../lib/format';
import { locale } from '../i18n';
import { BenefitRow } from './benefit-row';

const contactLanguages = ['en-US', 'ko-KR', 'ja-JP', 'de-DE'];
const languageName = (tag: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;

type ContactField = 'userId' | 'email' | 'phone' | 'language';
type Mode = 'add' | 'update' | 'change';

/** At the top of the Go-To-Market page: the marketing contact, set with Add, Update or Change. */
function MarketingContactSection({
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

/** The offers under one core benefit, each with its Status and Expires, and Activate while it is available. */
function OfferTable({
  offers,
  canManage,
  hasContact,
  onChange,
}: {
  offers: GoToMarketOffer[];
  canManage: boolean;
  hasContact: boolean;
  onChange: (offer: GoToMarketOffer) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const inFlight = useRef(new Set<string>());
  const activate = async (offer: GoToMarketOffer) => {
    // A second press before the first is answered is the same activation.
    if (inFlight.current.has(offer.id)) return;
    inFlight.current.add(offer.id);
    setBusy(offer.id);
    setFailure(undefined);
    try {
      onChange(await api.activateOffer(offer.id));
    } catch (e) {
      setFailure(
        e instanceof ApiFailure && e.code === 'no-marketing-contact'
          ? t('benefits.errors.no-marketing-contact')
          : t('benefits.errors.generic'),
      );
    } finally {
      inFlight.current.delete(offer.id);
      setBusy(undefined);
    }
  };
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>{t('benefits.offer')}</th>
            <th>{t('benefits.status')}</th>
            <th>{t('benefits.expires')}</th>
            {canManage && (
              <th>
                <span className="visually-hidden">{t('benefits.activate')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <tr key={o.id}>
              <th scope="row">{t(`benefits.offerTypes.${o.type}`)}</th>
              <td>{t(`benefits.statuses.${o.status}`)}</td>
              <td>{o.expiresOn ? formatDate(o.expiresOn) : '—'}</td>
              {canManage && (
                <td>
                  {o.status === 'available' && (
                    <button
                      type="button"
                      disabled={!hasContact || busy === o.id}
                      onClick={() => void activate(o)}
                      aria-describedby={hasContact ? undefined : 'no-contact-note'}
                    >
                      {t('benefits.activate')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {busy && (
        <p role="status" className="progress">
          {t('benefits.activating')}
        </p>
      )}
      {offers.some((o) => o.status === 'pending') && <p className="notice">{t('benefits.activationPending')}</p>}
      {failure && <p role="alert">{failure}</p>}
    </>
  );
}

/** The Go-To-Market tab: the marketing contact first, then each core benefit with its offers. */
export function GoToMarket({ data, onChange }: { data: Benefits; onChange: (data: Benefits) => void }) {
  const { t } = useTranslation();
  const cores = [...new Set(data.offers.map((o) => o.benefit))];
  const replace = (offer: GoToMarketOffer) =>
    onChange({ ...data, offers: data.offers.map((o) => (o.id === offer.id ? offer : o)) });
  return (
    <>
      <MarketingContactSection
        contact={data.marketingContact}
        users={data.users}
        canManage={data.canManageGoToMarket}
        onSaved={(marketingContact) => onChange({ ...data, marketingContact })}
      />
      {!data.marketingContact && data.canManageGoToMarket && cores.length > 0 && (
        <p className="notice" id="no-contact-note">
          {t('benefits.errors.no-marketing-contact')}
        </p>
      )}
      {cores.length === 0 ? (
        <p>{t('benefits.noOffers')}</p>
      ) : (
        <ul className="benefit-list" aria-label={t('benefits.tabs.go-to-market')}>
          {cores.map((core) => (
            <BenefitRow key={core} name={t(`benefits.coreBenefits.${core}`)}>
              <OfferTable
                offers={data.offers.filter((o) => o.benefit === core)}
                canManage={data.canManageGoToMarket}
                hasContact={data.marketingContact !== null}
                onChange={replace}
              />
            </BenefitRow>
          ))}
        </ul>
      )}
    </>
  );
}
