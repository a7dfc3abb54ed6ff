import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Load } from '../lib/use-load';

export function Loadable<T>({
  value,
  retry,
  children,
}: {
  value: Load<T>;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (value.state === 'loading')
    return (
      <p role="status" className="progress">
        {t('app.loading')}
      </p>
    );
  if (value.state === 'error')
    return (
      <div role="alert" className="error">
        <p>{t('app.loadError')}</p>
        <button type="button" onClick={retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  return <>{children(value.data)}</>;
}
