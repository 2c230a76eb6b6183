import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute } from '../../shared/graphql/execute.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { SignInFirst } from '../teams/SignInFirst.js';
import { ExportButtons } from './ExportButtons.js';
import { KpiCards } from './KpiCards.js';
import { MembersTable } from './MembersTable.js';
import { FunnelChart, UnitChart, WeeklyChart } from './ReportCharts.js';
import { readParams, reportHref, type ReportParams } from './report-params.js';
import { CompletionReportQuery, MyReportScopeQuery } from './reports.graphql.js';
import './reports-text.js';
import { UnitTable } from './UnitTable.js';

/** The landing page of province and national admins (and team leaders, for their team): completion at a glance. */
export default function ReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  const { status } = useAuth();
  const scope = useQuery({
    queryKey: ['my-report-scope'],
    queryFn: () => execute(MyReportScopeQuery),
    enabled: status === 'signedIn',
    select: (d) => d.myReportScope,
  });
  const search = useSearch();

  if (status === 'anonymous') return <SignInFirst title={t('reports.title')} message={t('reports.signInFirst')} returnTo="/bao-cao" />;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('reports.title')}
      </h1>
      <QueryState isPending={status === 'restoring' || scope.isPending} error={scope.error} onRetry={() => void scope.refetch()}>
        {scope.data === null ? (
          <p className="state state--empty">{t('reports.noAccess')}</p>
        ) : scope.data ? (
          <Report params={readParams(search, scope.data)} />
        ) : null}
      </QueryState>
    </section>
  );
}

function Report({ params }: { params: ReportParams }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['completion-report', params],
    queryFn: () => execute(CompletionReportQuery, { input: params }),
    select: (d) => d.completionReport,
  });
  const report = query.data;
  return (
    <>
      <DateFilter params={params} />
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {report && (
          <>
            <nav aria-label={t('reports.scope')} className="breadcrumbs">
              <ol>
                {report.breadcrumbs.map((b) => (
                  <li key={b.code}>
                    <Link href={reportHref({ ...params, scopeCode: b.code })}>{b.code === 'VN' ? t('reports.nation') : b.name}</Link>
                  </li>
                ))}
                <li aria-current="page">{report.scope.code === 'VN' ? t('reports.nation') : report.scope.name}</li>
              </ol>
            </nav>
            <KpiCards totals={report.totals} />
            <ExportButtons params={params} />
            {report.rows.length === 0 && !report.members?.length ? (
              <p className="state state--empty">{t('reports.noRows')}</p>
            ) : (
              <>
                {report.rows.length > 0 && (
                  <>
                    <section className="panel" aria-labelledby="report-units">
                      <h2 id="report-units">{t('reports.table')}</h2>
                      <UnitTable rows={report.rows} totals={report.totals} params={params} />
                    </section>
                    <UnitChart rows={report.rows} />
                  </>
                )}
                {report.members && report.members.length > 0 && (
                  <MembersTable members={report.members} moduleCount={report.modules.length} />
                )}
              </>
            )}
            <WeeklyChart params={params} />
            <FunnelChart params={params} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** From / to dates; an impossible range is refused here, before anything is asked of the API. */
function DateFilter({ params }: { params: ReportParams }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [from, setFrom] = useState(params.from ?? '');
  const [to, setTo] = useState(params.to ?? '');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && from > to) return setError(true);
    setError(false);
    navigate(reportHref({ scopeCode: params.scopeCode, from: from || null, to: to || null }));
  };
  return (
    <form className="report-filter" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="report-from">{t('reports.from')}</label>
        <input id="report-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={error || undefined} />
      </div>
      <div className="field">
        <label htmlFor="report-to">{t('reports.to')}</label>
        <input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={error || undefined} />
      </div>
      <button type="submit" className="button button--primary">
        {t('reports.apply')}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {t('reports.badDates')}
        </p>
      )}
    </form>
  );
}
