import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { authHref, SIGN_IN, SIGN_UP } from '../features/account/return-to.js';
import { seesReports, teamsLink } from '../features/account/roles.js';
import { useMe } from '../features/account/use-me.js';
import { useAuth } from '../shared/auth/AuthProvider.js';

/** The one header link beside the name: the account of whoever is signed in, or "sign in". */
export function AccountNav() {
  const { t } = useTranslation();
  const { status, session } = useAuth();
  const [location] = useLocation();
  const search = useSearch();

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
    <Link href="/tai-khoan" className="app-header__account">
      <span className="visually-hidden">{t('app.account')}: </span>
      <span className="app-header__name">{session.user.fullName}</span>
    </Link>
  );
}

/** The pages of the menu: the courses, then the team pages for team roles and the reports for those who see them. */
export function MenuLinks() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const me = useMe();
  const teams = status === 'signedIn' && me.data ? teamsLink(me.data) : null;
  return (
    <ul className="menu__links">
      <li>
        <Link href="/">{t('app.home')}</Link>
      </li>
      {teams && (
        <li>
          <Link href={teams.href}>{teams.admin ? t('app.manageTeams') : t('app.myTeam')}</Link>
        </li>
      )}
      {status === 'signedIn' && me.data && seesReports(me.data.roles) && (
        <li>
          <Link href="/bao-cao">{t('app.reports')}</Link>
        </li>
      )}
      {status === 'signedIn' && me.data && ['TRAINER', 'PROVINCE_ADMIN', 'NATIONAL_ADMIN'].some((r) => me.data.roles.includes(r)) && (
        <li>
          <Link href="/cho-lam-lai">{t('app.helpRound')}</Link>
        </li>
      )}
      {status === 'signedIn' && me.data && (me.data.roles.includes('TRAINER') || me.data.roles.includes('NATIONAL_ADMIN')) && (
        <li>
          <Link href="/soan-bai">{t('app.authoring')}</Link>
        </li>
      )}
      {status === 'signedIn' && (
        <li>
          <Link href="/chung-nhan">{t('certificates.mine')}</Link>
        </li>
      )}
    </ul>
  );
}
