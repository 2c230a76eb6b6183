import type { GrantedRole } from './entities/role-grant.entity.js';

const SYSTEM_ID = '00000000-0000-0000-0000-000000000000';

export interface ViewerGrant {
  role: GrantedRole;
  /** ltree path of the scope unit (e.g. `g2025.p01`), null for national scope. */
  scopePath: string | null;
  scopeCode: string | null;
}

export interface ViewerMembership {
  teamId: string;
  role: 'member' | 'leader';
}

/**
 * Who is asking, with every role and scope, loaded once per request. Authorization questions are asked here,
 * so each rule is written once ("scope by administrative unit and team in one guard + one query helper").
 */
export class Viewer {
  constructor(
    readonly userId: string,
    readonly communePath: string | null,
    readonly grants: ViewerGrant[],
    readonly membership: ViewerMembership | null,
    readonly communeId: number | null,
  ) {}

  /** Code of the province the viewer lives in (`g2025.p01.c00004` → `01`), which picks module variants. */
  get provinceCode(): string | null {
    return /^g2025\.p(\d{2})/.exec(this.communePath ?? '')?.[1] ?? null;
  }

  /** Maintenance commands run as the system, with national scope (they are only reachable from the machine). */
  static system(): Viewer {
    return new Viewer(SYSTEM_ID, null, [{ role: 'NATIONAL_ADMIN', scopePath: null, scopeCode: null }], null, null);
  }

  /** The user to record as author of a change (created_by, added_by); null for the system. */
  get actorId(): string | null {
    return this.userId === SYSTEM_ID ? null : this.userId;
  }

  get isNationalAdmin(): boolean {
    return this.grants.some((g) => g.role === 'NATIONAL_ADMIN');
  }

  /** Province admin (of the province containing `unitPath`) or national admin. */
  canManageUnit(unitPath: string | null | undefined): boolean {
    if (this.isNationalAdmin) return true;
    if (!unitPath) return false;
    return this.grants.some((g) => g.role === 'PROVINCE_ADMIN' && g.scopePath !== null && isWithin(unitPath, g.scopePath));
  }

  /** ltree paths of the provinces this viewer administers, or null for "everywhere". */
  get managedPaths(): string[] | null {
    if (this.isNationalAdmin) return null;
    return this.grants.filter((g) => g.role === 'PROVINCE_ADMIN' && g.scopePath).map((g) => g.scopePath!);
  }

  leads(teamId: string): boolean {
    return this.membership?.teamId === teamId && this.membership.role === 'leader';
  }

  /** Roles for display and for the web to decide which pages to offer (the API checks again every time). */
  get roles(): string[] {
    const roles = new Set<string>(['CITIZEN']);
    if (this.membership) roles.add(this.membership.role === 'leader' ? 'TEAM_LEADER' : 'TEAM_MEMBER');
    if (this.membership?.role === 'leader') roles.add('TEAM_MEMBER');
    for (const g of this.grants) roles.add(g.role);
    return [...roles];
  }
}

/** `g2025.p01.c00004` is within `g2025.p01`. */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}
