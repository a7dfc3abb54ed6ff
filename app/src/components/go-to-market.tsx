import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { Benefits, GoToMarketOffer } from '../api/contract';
import { formatDate } from '../lib/format';
import { BenefitRow } from './benefit-row';
import { MarketingContactSection } from './marketing-contact';

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
