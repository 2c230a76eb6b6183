import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { PersonScope } from './policies.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Scope facts of people (commune, current team), loaded in one query per request for every person that a
 * response is about to show, so checking each member of a team costs one round trip, not one per member.
 */
@Injectable()
export class PersonScopesService {
  constructor(private readonly dataSource: DataSource) {}

  /** A loader for one request: facts are read at most once per person and request. */
  loader(): DataLoader<string, PersonScope | null> {
    return new DataLoader(async (ids) => {
      const valid = ids.filter((id) => UUID.test(id));
      const rows = valid.length
        ? await this.dataSource.query<{ id: string; commune_path: string | null; team_id: string | null; team_path: string | null }[]>(
            `SELECT u.id, c.path::text AS commune_path, m.team_id, tc.path::text AS team_path
               FROM users u
               LEFT JOIN admin_units c ON c.id = u.commune_id
               LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
               LEFT JOIN teams t ON t.id = m.team_id
               LEFT JOIN admin_units tc ON tc.id = t.commune_id
              WHERE u.id = ANY($1::uuid[])`,
            [valid],
          )
        : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const r = byId.get(id);
        return r ? { userId: r.id, communePath: r.commune_path, teamId: r.team_id, teamPath: r.team_path } : null;
      });
    });
  }
}
