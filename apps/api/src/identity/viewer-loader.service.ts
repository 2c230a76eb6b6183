import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Viewer, type ViewerGrant } from './viewer.js';

/** How long a loaded viewer is reused. Changes made through this process are seen at once (forget()). */
const TTL_MS = 10_000;
const MAX_CACHED = 20_000;

/**
 * Loads a viewer's roles and scopes in one query, and keeps it for a few seconds: a learner sends many small
 * progress writes, and re-reading their roles for each one halved the throughput of completeLesson
 * (docs/benchmarks.md). Grants and memberships changed through this process drop the cached viewer at once;
 * another API process sees them within TTL_MS.
 */
@Injectable()
export class ViewerLoaderService {
  private readonly cache = new Map<string, { viewer: Viewer | null; expires: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<Viewer | null> {
    const hit = this.cache.get(userId);
    if (hit && hit.expires > Date.now()) return hit.viewer;
    const viewer = await this.query(userId);
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(userId, { viewer, expires: Date.now() + TTL_MS });
    return viewer;
  }

  /** Drops a cached viewer after a change of their roles, team or commune. */
  forget(userId: string): void {
    this.cache.delete(userId);
  }

  private async query(userId: string): Promise<Viewer | null> {
    const [row] = await this.dataSource.query<
      {
        id: string;
        commune_id: number | null;
        commune_path: string | null;
        grants: ViewerGrant[] | null;
        team_id: string | null;
        team_role: 'member' | 'leader' | null;
      }[]
    >(
      `SELECT u.id, u.commune_id, c.path::text AS commune_path,
              (SELECT json_agg(json_build_object('role', g.role, 'scopePath', s.path::text, 'scopeCode', s.code))
                 FROM role_grants g LEFT JOIN admin_units s ON s.id = g.scope_unit_id
                WHERE g.user_id = u.id AND g.revoked_at IS NULL) AS grants,
              m.team_id, m.role AS team_role
         FROM users u
         LEFT JOIN admin_units c ON c.id = u.commune_id
         LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
        WHERE u.id = $1 AND u.status = 'active'`,
      [userId],
    );
    if (!row) return null;
    return new Viewer(
      row.id,
      row.commune_path,
      row.grants ?? [],
      row.team_id && row.team_role ? { teamId: row.team_id, role: row.team_role } : null,
      row.commune_id,
    );
  }
}
