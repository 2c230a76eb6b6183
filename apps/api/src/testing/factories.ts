import { normalizePhone } from '@lantoa/domain';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokensService } from '../identity/tokens.service.js';
import type { GrantedRole } from '../identity/entities/role-grant.entity.js';
import type { TestApp } from './test-app.js';

export interface TestUser {
  id: string;
  phone: string;
  token: string;
  headers: Record<string, string>;
}

/** A random, valid Vietnamese mobile number (09x…), in the national form people type. */
export function randomPhone(): string {
  return `09${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/**
 * An active user with a signed access token (no password hashing: fast). `grants` are role grants scoped by
 * province code; `team` makes them a member or leader of that team.
 */
export async function makeUser(
  t: TestApp,
  options: {
    communeCode?: string;
    fullName?: string;
    grants?: { role: GrantedRole; provinceCode?: string }[];
    team?: { id: string; role: 'member' | 'leader' };
  } = {},
): Promise<TestUser> {
  const db = t.app.get(DataSource);
  const phone = normalizePhone(randomPhone())!;
  const [user] = await db.query<{ id: string }[]>(
    `INSERT INTO users (phone, full_name, commune_id, status)
     VALUES ($1, $2, (SELECT id FROM admin_units WHERE code = $3 AND level = 3 AND valid_to IS NULL), 'active') RETURNING id`,
    [phone, options.fullName ?? 'Nguyễn Văn Test', options.communeCode ?? '00004'],
  );
  for (const grant of options.grants ?? []) {
    await db.query(
      `INSERT INTO role_grants (user_id, role, scope_unit_id)
       VALUES ($1, $2, (SELECT id FROM admin_units WHERE code = $3 AND level = 1 AND valid_to IS NULL))`,
      [user!.id, grant.role, grant.provinceCode ?? null],
    );
  }
  if (options.team) {
    await db.query(`INSERT INTO team_memberships (team_id, user_id, role) VALUES ($1, $2, $3)`, [
      options.team.id,
      user!.id,
      options.team.role,
    ]);
  }
  const { token } = await t.app.get(TokensService).signAccess(user!.id);
  return { id: user!.id, phone, token, headers: { authorization: `Bearer ${token}` } };
}

/** A team in a commune, made directly in the database. */
export async function makeTeam(t: TestApp, communeCode = '00004', name = 'Tổ công nghệ số thôn 1'): Promise<{ id: string }> {
  const [team] = await t.app
    .get(DataSource)
    .query<{ id: string }[]>(
      `INSERT INTO teams (commune_id, name) VALUES ((SELECT id FROM admin_units WHERE code = $1 AND level = 3 AND valid_to IS NULL), $2) RETURNING id`,
      [communeCode, name],
    );
  return team!;
}
