import { useTranslation } from 'react-i18next';
import { ExternalLink } from './external-link';

const MARK = '\u0000';

export function TermsStep() {
  const { t } = useTranslation();
  // The link sits inside the translated sentence, so each locale places it where its grammar wants.
  const [before = '', after = ''] = t('wizard.termsText', { link: MARK }).split(MARK);
  return (
    <p>
      {before}
      <ExternalLink href="https://go.microsoft.com/fwlink/?linkid=842232">{t('wizard.termsLink')}</ExternalLink>
      {after}
    </p>
  );
}
