import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { policies } from '../authorization/policies.js';
import { DomainError } from '../errors/domain-error.js';
import type { UserModel } from './models/user.model.js';
import type { Viewer } from './viewer.js';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A person, if the viewer may see them: themselves; a member of the team they lead; someone living in, or in a
   * team of, a province they administer; anyone for a national admin. Otherwise FORBIDDEN (not NOT_FOUND for
   * admins, who may ask about people they cannot see; citizens never learn whether an id exists).
   */
  async get(viewer: Viewer, id: string): Promise<UserModel> {
    const [row] = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.dataSource.query<
          (UserModel & {
            commune_path: string | null;
            team_id: string | null;
            team_path: string | null;
            commune_id: number | null;
            full_name: string;
          })[]
        >(
          `SELECT u.id, u.phone, u.full_name, u.status, u.commune_id, c.path::text AS commune_path, m.team_id, tc.path::text AS team_path
             FROM users u
             LEFT JOIN admin_units c ON c.id = u.commune_id
             LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
             LEFT JOIN teams t ON t.id = m.team_id
             LEFT JOIN admin_units tc ON tc.id = t.commune_id
            WHERE u.id = $1`,
          [id],
        )
      : [];
    const allowed =
      row &&
      policies.seePersonPrivate(viewer, { userId: row.id, communePath: row.commune_path, teamId: row.team_id, teamPath: row.team_path });
    if (!allowed) throw DomainError.forbidden();
    return { id: row.id, phone: row.phone, fullName: row.full_name, status: row.status, communeId: row.commune_id };
  }
}
