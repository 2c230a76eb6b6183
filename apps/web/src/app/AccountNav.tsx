import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { authHref, SIGN_IN, SIGN_UP } from '../features/account/return-to.js';
import { seesReports, teamsLink } from '../features/account/roles.js';
import { useMe } from '../features/account/use-me.js';
import { useAuth } from '../shared/auth/AuthProvider.js';

/** Header links that depend on who is signed in: the team pages for team roles, then the account or "sign in". */
export function AccountNav() {
  const { t } = useTranslation();
  const { status, session } = useAuth();
  const me = useMe();
  const [location] = useLocation();
  const search = useSearch();
  const teams = me.data ? teamsLink(me.data) : null;

  if (status === 'restoring') return null;
  if (status === 'anonymous' || !session) {
    // From the sign-in or sign-up page, keep where the person wanted to go; from elsewhere, come back here.
    const onAuthPage = location === SIGN_IN || location === SIGN_UP;
    const href = onAuthPage ? `${SIGN_IN}${search ? `?${search}` : ''}` : authHref(SIGN_IN, `${location}${search ? `?${search}` : ''}`);
    return (
      <Link href={href} className="app-header__account">
        {t('app.signIn')}
      </Link>
    );
  }
  return (
    <>
      {teams && <Link href={teams.href}>{teams.admin ? t('app.manageTeams') : t('app.myTeam')}</Link>}
      {me.data && seesReports(me.data.roles) && <Link href="/bao-cao">{t('app.reports')}</Link>}
      <Link href="/tai-khoan" className="app-header__account">
        <span className="visually-hidden">{t('app.account')}: </span>
        <span className="app-header__name">{session.user.fullName}</span>
      </Link>
    </>
  );
}
