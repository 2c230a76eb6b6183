import { formatPhone } from '@lantoa/domain';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useProvinces } from '../../shared/admin-units/PlacePicker.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { formatDate } from '../../shared/format-date.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { MyCertificates } from '../certificates/MyCertificates.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { currentTeam, displayedRoles } from './roles.js';
import { authHref, SIGN_IN } from './return-to.js';
import { useMe, type Me } from './use-me.js';
import '../teams/teams-texts.js';
import './account-texts.js';

const ContinueLearning = lazy(() => import('../learning/ContinueLearning.js'));

export default function ProfilePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  useDocumentTitle(t('account.title'));

  if (auth.status === 'anonymous') {
    return (
      <section className="narrow">
        <h1>{t('account.title')}</h1>
        <p>{t('account.notSignedIn')}</p>
        <p>
          <Link href={authHref(SIGN_IN, '/tai-khoan')} className="button button--primary">
            {t('account.signInToSee')}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="account-title" className="narrow">
      <h1 id="account-title">{t('account.title')}</h1>
      <QueryState isPending={auth.status === 'restoring' || me.isPending} error={me.error} onRetry={() => void me.refetch()}>
        {me.data && <Profile me={me.data} />}
      </QueryState>
    </section>
  );
}

function Profile({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [, navigate] = useLocation();
  const [signingOut, setSigningOut] = useState(false);
  const adminScopes = me.grants.filter((g) => g.role === 'PROVINCE_ADMIN' && g.scopeCode).map((g) => g.scopeCode!);
  const provinces = useProvinces(adminScopes.length > 0);
  const scopeNames = provinces.data ? adminScopes.map((code) => provinces.data.find((p) => p.code === code)?.name ?? code) : [];
  const team = currentTeam(me);
  const pastTeams = me.teamHistory.filter((m) => m.leftAt);
  const date = (value: unknown) => formatDate(value, i18n.language);
  const teamRole = (role: string) => (role === 'leader' ? t('team.roleLeader') : t('team.roleMember'));

  async function signOut() {
    setSigningOut(true);
    await auth.signOut();
    navigate('/', { replace: true });
  }

  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('auth.fullName')}</dt>
          <dd>{me.fullName}</dd>
        </div>
        <div>
          <dt>{t('auth.phone')}</dt>
          <dd>{formatPhone(me.phone)}</dd>
        </div>
        <div>
          <dt>{t('account.place')}</dt>
          <dd>{me.commune ? [me.commune.name, me.commune.province?.name].filter(Boolean).join(', ') : t('account.noPlace')}</dd>
        </div>
        <div>
          <dt>{t('account.roles')}</dt>
          <dd>
            <ul className="plain-list" aria-label={t('account.roles')}>
              {displayedRoles(me.roles).map((role) => (
                <li key={role}>
                  {t(`roles.${role}`)}
                  {role === 'PROVINCE_ADMIN' && scopeNames.length > 0 && `: ${scopeNames.join(', ')}`}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      <section aria-labelledby="teams-title" className="card panel">
        <h2 id="teams-title">{t('account.teams')}</h2>
        {team ? (
          <p>
            {t('account.currentTeam')}: <Link href={`/to/${team.team.id}`}>{team.team.name}</Link> ({teamRole(team.role)},{' '}
            {t('account.since', { date: date(team.joinedAt) })})
          </p>
        ) : (
          <p>{t('account.noTeam')}</p>
        )}
        {pastTeams.length > 0 && (
          <>
            <h3>{t('account.pastTeams')}</h3>
            <ul>
              {pastTeams.map((m) => (
                <li key={`${m.team.id}-${m.joinedAt}`}>
                  {m.team.name} ({teamRole(m.role)}, {t('account.between', { from: date(m.joinedAt), to: date(m.leftAt) })})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="learning-title" className="panel">
        <h2 id="learning-title">{t('progress.myLearning')}</h2>
        <Suspense fallback={null}>
          <ContinueLearning headingLevel={3} />
        </Suspense>
        <p>
          <Link href="/">{t('courses.title')}</Link>
        </p>
      </section>

      <MyCertificates />

      <div className="card panel">
        <ChangePasswordForm />
      </div>

      <p>
        <button type="button" className="button button--wide" onClick={() => void signOut()} disabled={signingOut}>
          {t('account.signOut')}
        </button>
      </p>
    </>
  );
}
