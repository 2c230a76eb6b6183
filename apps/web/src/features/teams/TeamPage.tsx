import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TeamQuery as TeamResult } from '../../gql/graphql.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute } from '../../shared/graphql/execute.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { managedProvinces } from '../account/roles.js';
import { useMe } from '../account/use-me.js';
import { AddMemberForm } from './AddMemberForm.js';
import { ImportMembers } from './ImportMembers.js';
import { MemberRow } from './MemberRow.js';
import { SignInFirst } from './SignInFirst.js';
import { TeamProgress } from './TeamProgress.js';
import { useTeamProgress, waitingQuizzes } from './team-progress.js';
import { errorCode, retryUnlessFinal } from './team-errors.js';
import { TeamQuery } from './teams.graphql.js';
import './teams-texts.js';

type Team = TeamResult['team'];

export default function TeamPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const team = useQuery({
    queryKey: ['team', params.id],
    queryFn: () => execute(TeamQuery, { id: params.id }),
    enabled: auth.status === 'signedIn',
    retry: retryUnlessFinal,
    select: (data) => data.team,
  });
  useDocumentTitle(team.data?.name ?? t('team.title'));

  if (auth.status === 'anonymous')
    return <SignInFirst title={t('team.title')} message={t('teams.signInNeeded')} returnTo={`/to/${params.id}`} />;

  const code = errorCode(team.error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') {
    return (
      <section>
        <p>
          <Link href="/to">← {t('team.back')}</Link>
        </p>
        <h1>{t('team.title')}</h1>
        <p className="state state--error" role="alert">
          {code === 'FORBIDDEN' ? t('team.forbidden') : t('team.notFound')}
        </p>
      </section>
    );
  }

  return (
    <QueryState isPending={auth.status === 'restoring' || team.isPending} error={team.error} onRetry={() => void team.refetch()}>
      {team.data && <TeamDetails team={team.data} />}
    </QueryState>
  );
}

function TeamDetails({ team }: { team: Team }) {
  const { t } = useTranslation();
  const me = useMe();
  const [notice, setNotice] = useState('');
  const managed = me.data ? managedProvinces(me.data) : [];
  const provinceCode = team.commune.province?.code;
  // The API decides again on every change; this only hides controls that would be refused.
  const canManage = managed === null || (provinceCode !== undefined && managed.includes(provinceCode));
  // Leaders of this team and admins of its province see how far each member is; leaders add and remove plain members.
  const leads = team.members.some((m) => m.role === 'leader' && m.user.id === me.data?.id);
  const manage = canManage ? 'admin' : leads ? 'leader' : null;
  const seesProgress = !!me.data && (canManage || leads);
  // The same request as the progress table: who is waiting for a new quiz round, shown on their row.
  const progress = useTeamProgress(team.id, seesProgress);

  function done(message: string, removed = false) {
    setNotice(message);
    // The button that was pressed is gone with its row: continue from the list's heading.
    if (removed) document.getElementById('members-title')?.focus();
  }

  return (
    <article aria-labelledby="team-title">
      <p>
        <Link href="/to">← {t('team.back')}</Link>
      </p>
      <h1 id="team-title">{team.name}</h1>
      <dl className="facts">
        <div>
          <dt>{t('team.place')}</dt>
          <dd>{[team.commune.name, team.commune.province?.name].filter(Boolean).join(', ')}</dd>
        </div>
        {team.village && (
          <div>
            <dt>{t('team.village')}</dt>
            <dd>{team.village}</dd>
          </div>
        )}
      </dl>

      <p role="status" aria-live="polite" className={notice ? 'form-success' : undefined}>
        {notice}
      </p>

      <section aria-labelledby="members-title">
        <h2 id="members-title" tabIndex={-1}>
          {t('team.membersTitle', { count: team.members.length })}
        </h2>
        {team.members.length === 0 ? (
          <p className="state state--empty">{t('team.noMembers')}</p>
        ) : (
          <div className="stack-table-wrap">
            <table className="stack-table" role="table" aria-labelledby="members-title">
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">
                    {t('team.colName')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('team.colPhone')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('team.colRole')}
                  </th>
                  {manage && (
                    <th role="columnheader" scope="col">
                      <span className="visually-hidden">{t('team.colActions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody role="rowgroup">
                {team.members.map((member) => (
                  <MemberRow
                    key={member.user.id}
                    teamId={team.id}
                    member={member}
                    manage={manage}
                    isSelf={member.user.id === me.data?.id}
                    waitingQuizzes={waitingQuizzes(progress.data?.find((p) => p.user.id === member.user.id)?.progress)}
                    onDone={done}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {seesProgress && <TeamProgress teamId={team.id} />}

      {manage && (
        <>
          <section className="card panel">
            <AddMemberForm teamId={team.id} canNameLeader={manage === 'admin'} />
          </section>
          <section className="card panel">
            <ImportMembers teamId={team.id} />
          </section>
        </>
      )}
    </article>
  );
}
