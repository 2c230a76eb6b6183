import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format-date.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { ProgressBar } from '../learning/ProgressBar.js';
import { errorCode } from './team-errors.js';
import { useTeamProgress } from './team-progress.js';
import './teams-texts.js';

/** For the team's leaders and admins: how far each member is in the course (a card per member on a phone). */
export function TeamProgress({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const query = useTeamProgress(teamId);
  // Someone the API does not let see it (the page guessed wrong) simply does not get the section.
  if (errorCode(query.error) === 'FORBIDDEN') return null;

  return (
    <section aria-labelledby="team-progress-title" className="panel">
      <h2 id="team-progress-title">{t('teamProgress.title')}</h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data?.length === 0 ? (
          <p className="state state--empty">{t('team.noMembers')}</p>
        ) : (
          <div className="stack-table-wrap">
            <table className="stack-table" role="table" aria-labelledby="team-progress-title">
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">
                    {t('team.colName')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('teamProgress.colPercent')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('teamProgress.colModules')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('teamProgress.colLastActive')}
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {query.data?.map(({ user, progress }) => {
                  const modulesDone = progress.modules.filter((m) => m.completed).length;
                  return (
                    <tr role="row" key={user.id}>
                      <td role="cell">
                        <span className="stack-table__label" aria-hidden="true">
                          {t('team.colName')}:{' '}
                        </span>
                        <strong>{user.fullName}</strong>
                      </td>
                      <td role="cell">
                        <span className="stack-table__label" aria-hidden="true">
                          {t('teamProgress.colPercent')}:{' '}
                        </span>
                        <ProgressBar
                          label={t('teamProgress.percentOf', { name: user.fullName })}
                          now={progress.percent}
                          max={100}
                          text={progress.completed ? t('teamProgress.courseDone', { percent: progress.percent }) : `${progress.percent}%`}
                        />
                      </td>
                      <td role="cell">
                        <span className="stack-table__label" aria-hidden="true">
                          {t('teamProgress.colModules')}:{' '}
                        </span>
                        {t('teamProgress.modules', { done: modulesDone, total: progress.modules.length })}
                      </td>
                      <td role="cell">
                        <span className="stack-table__label" aria-hidden="true">
                          {t('teamProgress.colLastActive')}:{' '}
                        </span>
                        {progress.lastActiveAt ? formatDate(progress.lastActiveAt, i18n.language) : t('teamProgress.never')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
