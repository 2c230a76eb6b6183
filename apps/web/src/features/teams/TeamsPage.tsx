import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { useProvinces } from '../../shared/admin-units/PlacePicker.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute } from '../../shared/graphql/execute.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { isAdmin, managedProvinces } from '../account/roles.js';
import { useMe, type Me } from '../account/use-me.js';
import { CreateTeamForm } from './CreateTeamForm.js';
import { SignInFirst } from './SignInFirst.js';
import { TeamsQuery } from './teams.graphql.js';
import './teams-texts.js';

export const PAGE_SIZE = 20;

/** `/to?tinh=01&trang=2`: the list's filter and page live in the address, so Back and a shared link keep them. */
function listHref(province: string | null, page: number): string {
  const params = new URLSearchParams();
  if (province) params.set('tinh', province);
  if (page > 1) params.set('trang', String(page));
  const query = params.toString();
  return query ? `/to?${query}` : '/to';
}

export default function TeamsPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  useDocumentTitle(t('teams.title'));
  if (auth.status === 'anonymous') return <SignInFirst title={t('teams.title')} message={t('teams.signInNeeded')} returnTo="/to" />;
  return (
    <section aria-labelledby="teams-title">
      <h1 id="teams-title">{t('teams.title')}</h1>
      <QueryState isPending={auth.status === 'restoring' || me.isPending} error={me.error} onRetry={() => void me.refetch()}>
        {me.data && <TeamList me={me.data} />}
      </QueryState>
    </section>
  );
}

function TeamList({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const page = Math.max(1, Number.parseInt(params.get('trang') ?? '', 10) || 1);
  const province = /^\d{2}$/.test(params.get('tinh') ?? '') ? params.get('tinh') : null;
  const managed = managedProvinces(me);
  const admin = isAdmin(me.roles);
  const showFilter = admin && (managed === null || managed.length > 1);
  const provinces = useProvinces(showFilter);
  const teams = useQuery({
    queryKey: ['teams', province, page],
    queryFn: () => execute(TeamsQuery, { filter: { provinceCode: province, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const total = teams.data?.teams.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const items = teams.data?.teams.items ?? [];

  return (
    <>
      {admin && (
        <details className="disclosure">
          <summary className="button">
            <span aria-hidden="true">+</span>
            {t('teams.create')}
          </summary>
          <CreateTeamForm allowedProvinces={managed} />
        </details>
      )}

      {showFilter && (
        <div className="field field--inline">
          <label htmlFor="teams-province">{t('teams.filterProvince')}</label>
          <select id="teams-province" value={province ?? ''} onChange={(e) => navigate(listHref(e.target.value || null, 1))}>
            <option value="">{t('teams.allProvinces')}</option>
            {provinces.data
              ?.filter((p) => managed === null || managed.includes(p.code))
              .map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
      )}

      <QueryState isPending={teams.isPending} error={teams.error} onRetry={() => void teams.refetch()}>
        <p role="status" aria-live="polite" className="card__meta">
          {teams.isPlaceholderData ? t('state.loading') : total > 0 ? t('teams.pageOf', { page, pages, count: total }) : ''}
        </p>
        {items.length === 0 ? (
          <p className="state state--empty">{page > 1 ? t('teams.pageEmpty') : admin ? t('teams.empty') : t('teams.noTeam')}</p>
        ) : (
          <ul className="card-list" aria-label={t('teams.listLabel')} aria-busy={teams.isPlaceholderData}>
            {items.map((team) => (
              <li key={team.id} className="card">
                <h2>
                  <Link href={`/to/${team.id}`}>{team.name}</Link>
                </h2>
                <p>{[team.village, team.commune.name, team.commune.province?.name].filter(Boolean).join(', ')}</p>
                <p className="card__meta">{t('teams.members', { count: team.memberCount })}</p>
              </li>
            ))}
          </ul>
        )}
        {(page > 1 || page < pages) && (
          <nav className="pager" aria-label={t('teams.pagination')}>
            {page > 1 && (
              <Link className="button" href={listHref(province, page - 1)}>
                ← {t('teams.previous')}
              </Link>
            )}
            {page < pages && (
              <Link className="button" href={listHref(province, page + 1)}>
                {t('teams.next')} →
              </Link>
            )}
          </nav>
        )}
      </QueryState>
    </>
  );
}
