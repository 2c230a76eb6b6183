import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute } from '../../shared/graphql/execute.js';
import { formatDate } from '../../shared/format-date.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { MyCertificatesQuery } from './certificates.graphql.js';
import './certificates-texts.js';

export function useMyCertificates() {
  const auth = useAuth();
  return useQuery({
    queryKey: ['my-certificates', auth.session?.user.id ?? null],
    queryFn: () => execute(MyCertificatesQuery),
    enabled: auth.status === 'signedIn',
    select: (data) => data.myCertificates,
  });
}

/** "Chứng nhận của tôi": on the profile and on /chung-nhan. */
export function MyCertificates({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const { t, i18n } = useTranslation();
  const certificates = useMyCertificates();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby="my-certificates-title" className={headingLevel === 2 ? 'card panel' : undefined}>
      <Heading id="my-certificates-title">{t('certificates.mine')}</Heading>
      <QueryState isPending={certificates.isPending} error={certificates.error} onRetry={() => void certificates.refetch()}>
        {certificates.data?.length === 0 && <p>{t('certificates.none')}</p>}
        <ul className="plain-list">
          {certificates.data?.map((c) => (
            <li key={c.serial}>
              <Link href={`/chung-nhan/${c.serial}`}>{c.courseTitle}</Link> ({c.serial}, {formatDate(c.completedAt, i18n.language)}
              {c.status === 'REVOKED' ? `, ${t('certificates.statusRevoked')}` : ''})
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}
