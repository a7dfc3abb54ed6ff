import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Benefit, Download } from '../api/contract';
import { locale } from '../i18n';
import { ExternalLink } from './external-link';
import { Progress, type DetailsProps } from './benefit-details';

const languageName = (tag: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;

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
