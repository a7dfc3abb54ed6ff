import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { SupportRequest } from '../api/contract';
import { Detail, DetailTable } from '../components/detail';
import { Link } from '../components/link';
import { Loadable } from '../components/loadable';
import { formatDate } from '../lib/format';
import { useLoad } from '../lib/use-load';

type Filter = 'open' | 'closed';

export function RequestsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>();
  const [value, retry] = useLoad(api.supportRequests, []);
  const toggle = (f: Filter) => (
    <button type="button" className="secondary" aria-pressed={filter === f} onClick={() => setFilter(f)}>
      {t(`requests.${f}`)}
    </button>
  );
  return (
    <>
      <h1>{t('requests.heading')}</h1>
      <p>
        {toggle('open')} {toggle('closed')}
      </p>
      <Loadable value={value} retry={retry}>
        {(all) => {
          const shown = filter ? all.filter((r) => r.status === filter) : all;
          if (shown.length === 0)
            return (
              <p>
                {t(
                  filter === 'open'
                    ? 'requests.noneOpen'
                    : filter === 'closed'
                      ? 'requests.noneClosed'
                      : 'requests.noneAtAll',
                )}
              </p>
            );
          return <RequestTable requests={shown} />;
        }}
      </Loadable>
    </>
  );
}

function RequestTable({ requests }: { requests: SupportRequest[] }) {
  const { t } = useTranslation();
  return (
    <table>
      <thead>
        <tr>
          <th>{t('requests.number')}</th>
          <th>{t('support.title')}</th>
          <th>{t('requests.created')}</th>
          <th>{t('requests.status')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => (
          <tr key={r.id}>
            <td>{r.number}</td>
            <td>
              <Link href={`/partner/support/requests/${r.id}`}>{r.title}</Link>
            </td>
            <td>{formatDate(r.createdOn)}</td>
            <td>{r.status === 'open' ? t('requests.statusOpen') : t('requests.statusClosed')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RequestPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [value, retry] = useLoad(() => api.supportRequest(id), [id]);
  if (value.state === 'error' && value.error instanceof ApiFailure && value.error.status === 404)
    return <p role="alert">{t('requests.notFound')}</p>;
  return (
    <Loadable value={value} retry={retry}>
      {(r) => (
        <>
          <h1>{r.title}</h1>
          <DetailTable>
            <Detail label={t('requests.number')} value={r.number} />
            <Detail
              label={t('requests.status')}
              value={r.status === 'open' ? t('requests.statusOpen') : t('requests.statusClosed')}
            />
            <Detail label={t('support.typeOfProblem')} value={t(`support.types.${r.problemType}`)} />
            <Detail label={t('requests.created')} value={formatDate(r.createdOn)} />
            <Detail label={t('support.description')} value={r.description} />
          </DetailTable>
          <Link href="/partner/support/requests">{t('requests.backToList')}</Link>
        </>
      )}
    </Loadable>
  );
}
