import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format-date.js';
import type { Report } from './report-math.js';
import '../teams/teams-texts.js';

type Member = NonNullable<Report['members']>[number];

/** At team scope: each member, the phone masked but for its last three digits (the API masks it). */
export function MembersTable({ members, moduleCount }: { members: Member[]; moduleCount: number }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="report-members">
      <h2 id="report-members">{t('reports.members')}</h2>
      <div className="stack-table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t('team.colName')}</th>
              <th scope="col">{t('reports.colPhone')}</th>
              <th scope="col">{t('reports.colModules')}</th>
              <th scope="col">{t('reports.colLastActive')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <th scope="row">{m.fullName}</th>
                <td data-label={t('reports.colPhone')}>{m.phoneMasked}</td>
                <td data-label={t('reports.colModules')}>
                  {m.courseCompleted ? t('reports.courseDone') : `${m.modulesCompleted}/${moduleCount}`}
                </td>
                <td data-label={t('reports.colLastActive')}>
                  {m.lastActiveAt ? formatDate(m.lastActiveAt, i18n.language) : t('reports.never')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
