import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { execute } from '../../shared/graphql/execute.js';
import { formatDate } from '../../shared/format-date.js';
import { useLocalized } from '../../shared/localized.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { ChartSection } from './ChartSection.js';
import { count, rowRate, type ReportRow } from './report-math.js';
import type { ReportParams } from './report-params.js';
import { CompletionTimeSeriesQuery, ModuleFunnelQuery } from './reports.graphql.js';

const TEAM_COLOR = '#0b5d3b';
const CITIZEN_COLOR = '#b35c00';

export function UnitChart({ rows }: { rows: ReportRow[] }) {
  const { t, i18n } = useTranslation();
  const labels = useMemo(() => rows.map((r) => r.name), [rows]);
  const series = useMemo(
    () => [{ label: `${t('reports.colRate')} (%)`, color: TEAM_COLOR, values: rows.map((r) => Math.round((rowRate(r) ?? 0) * 1000) / 10) }],
    [rows, t],
  );
  return (
    <ChartSection
      id="report-by-unit"
      title={t('reports.byUnit')}
      kind="bars"
      labels={labels}
      series={series}
      tableLabel={t('reports.showTable')}
      table={
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.colUnit')}</th>
              <th scope="col">{t('reports.colTeamMembers')}</th>
              <th scope="col">{t('reports.colCitizens')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.kind}-${r.scopeCode ?? r.name}`}>
                <th scope="row">{r.name}</th>
                <td>
                  {count(r.teamMembers.courseCompleted, i18n.language)}/{count(r.teamMembers.enrolled, i18n.language)}
                </td>
                <td>
                  {count(r.citizens.courseCompleted, i18n.language)}/{count(r.citizens.enrolled, i18n.language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function WeeklyChart({ params }: { params: ReportParams }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['report-weeks', params],
    queryFn: () => execute(CompletionTimeSeriesQuery, { input: params }),
    select: (d) => d.completionTimeSeries.weeks,
  });
  const weeks = useMemo(() => query.data ?? [], [query.data]);
  const labels = useMemo(() => weeks.map((w) => formatDate(w.weekStart, i18n.language)), [weeks, i18n.language]);
  const series = useMemo(
    () => [
      { label: t('reports.colTeamMembers'), color: TEAM_COLOR, values: weeks.map((w) => w.teamMemberCourses) },
      { label: t('reports.colCitizens'), color: CITIZEN_COLOR, values: weeks.map((w) => w.citizenCourses) },
    ],
    [weeks, t],
  );
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {weeks.every((w) => w.teamMemberCourses + w.citizenCourses + w.teamMemberModules + w.citizenModules === 0) ? (
        <p className="state state--empty">{t('reports.noWeeks')}</p>
      ) : (
        <ChartSection
          id="report-weekly"
          title={t('reports.weekly')}
          kind="lines"
          labels={labels}
          series={series}
          tableLabel={t('reports.showTable')}
          table={
            <table className="simple-table">
              <thead>
                <tr>
                  <th scope="col">{t('reports.colWeek')}</th>
                  <th scope="col">{t('reports.colTeamMembers')}</th>
                  <th scope="col">{t('reports.colCitizens')}</th>
                  <th scope="col">{t('reports.colModules')}</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w, i) => (
                  <tr key={w.weekStart}>
                    <th scope="row">{labels[i]}</th>
                    <td>{w.teamMemberCourses}</td>
                    <td>{w.citizenCourses}</td>
                    <td>{w.teamMemberModules + w.citizenModules}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </QueryState>
  );
}

export function FunnelChart({ params }: { params: ReportParams }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const query = useQuery({
    queryKey: ['report-funnel', params],
    queryFn: () => execute(ModuleFunnelQuery, { input: params }),
    select: (d) => d.moduleFunnel.steps,
  });
  const steps = useMemo(() => query.data ?? [], [query.data]);
  const labels = useMemo(() => steps.map((s) => `${s.module.position}`), [steps]);
  const series = useMemo(
    () => [
      { label: t('reports.colReached'), color: '#7aa892', values: steps.map((s) => s.teamMembersReached + s.citizensReached) },
      { label: t('reports.colPassed'), color: TEAM_COLOR, values: steps.map((s) => s.teamMembersPassedQuiz + s.citizensPassedQuiz) },
    ],
    [steps, t],
  );
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      <ChartSection
        id="report-funnel"
        title={t('reports.funnel')}
        kind="lines"
        labels={labels}
        series={series}
        tableLabel={t('reports.showTable')}
        table={
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.colModule')}</th>
                <th scope="col">{t('reports.colReached')}</th>
                <th scope="col">{t('reports.colPassed')}</th>
                <th scope="col">{t('reports.colCompleted')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.module.id}>
                  <th scope="row">
                    {s.module.position}. {localized(s.module.title)}
                  </th>
                  <td>{s.teamMembersReached + s.citizensReached}</td>
                  <td>{s.teamMembersPassedQuiz + s.citizensPassedQuiz}</td>
                  <td>{s.teamMembersCompleted + s.citizensCompleted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </QueryState>
  );
}
