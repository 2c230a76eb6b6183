import { Injectable, Logger } from '@nestjs/common';
import { foldVietnamese } from '@lantoa/domain';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { dataDir } from '../config/paths.js';

interface UnitJson {
  code: string;
  name: string;
  type: string;
}
interface ProvinceJson extends UnitJson {
  communes?: UnitJson[];
  districts?: (UnitJson & { communes: UnitJson[] })[];
}
interface MappingJson {
  provinces: Record<string, string[]>;
  districts: Record<string, string[]>;
  communes: Record<string, string[]>;
}

/** 1 July 2025: the two-level local government (19/2025/QĐ-TTg); the day the pre-2025 units ended. */
export const REORGANISATION_2025 = '2025-07-01';
const DATASET = 'vn-admin-units-2025';

interface Row {
  code: string;
  name: string;
  type: string;
  level: number;
  parentKey: string | null;
  path: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * Loads the bundled units (apps/api/data/admin-units, see its README for sources and licenses) into PostgreSQL
 * once per data version: the current two-level units, the pre-2025 three-level ones, and the old → new mapping.
 */
@Injectable()
export class AdminUnitsLoaderService {
  private readonly logger = new Logger(AdminUnitsLoaderService.name);

  constructor(private readonly dataSource: DataSource) {}

  async load(): Promise<{ loaded: boolean }> {
    const files = ['units-2025.json', 'units-pre-2025.json', 'mapping-2025.json'].map((f) =>
      readFileSync(join(dataDir, 'admin-units', f), 'utf8'),
    );
    const hash = createHash('sha256').update(files.join('\n')).digest('hex');
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DATASET]);
      const [done] = await em.query<{ content_hash: string }[]>('SELECT content_hash FROM admin_unit_datasets WHERE name = $1', [DATASET]);
      if (done?.content_hash === hash) return { loaded: false };
      const [current, old, mapping] = files.map((f) => JSON.parse(f)) as [
        { provinces: ProvinceJson[] },
        { provinces: ProvinceJson[] },
        MappingJson,
      ];
      const ids = await this.upsertUnits(em, [
        ...unitRows(current.provinces, 'g2025', REORGANISATION_2025, null),
        ...unitRows(old.provinces, 'g0', '-infinity', REORGANISATION_2025),
      ]);
      await this.upsertSuccessions(em, mapping, ids);
      await em.query(
        `INSERT INTO admin_unit_datasets (name, content_hash) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET content_hash = EXCLUDED.content_hash, created_at = now()`,
        [DATASET, hash],
      );
      this.logger.log(`loaded administrative units: ${ids.size} units`);
      return { loaded: true };
    });
  }

  /** Inserts or updates level by level (parents first) with one statement per level; returns ids by key. */
  private async upsertUnits(em: EntityManager, rows: Row[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const level of [1, 2, 3]) {
      const batch = rows.filter((r) => r.level === level);
      if (batch.length === 0) continue;
      const result: { id: number; code: string; valid_from: string }[] = await em.query(
        `INSERT INTO admin_units (code, name, type, level, parent_id, path, search_name, valid_from, valid_to)
         SELECT code, name, type, $4, parent_id, path::ltree, search_name, valid_from::date, valid_to::date
           FROM unnest($1::text[], $2::text[], $3::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[])
             AS t(code, name, type, parent_id, path, search_name, valid_from, valid_to)
         ON CONFLICT (code, level, valid_from) DO UPDATE
            SET name = EXCLUDED.name, type = EXCLUDED.type, parent_id = EXCLUDED.parent_id, path = EXCLUDED.path,
                search_name = EXCLUDED.search_name, valid_to = EXCLUDED.valid_to
         RETURNING id, code, valid_from::text`,
        [
          batch.map((r) => r.code),
          batch.map((r) => r.name),
          batch.map((r) => r.type),
          level,
          batch.map((r) => (r.parentKey ? ids.get(r.parentKey) : null)),
          batch.map((r) => r.path),
          batch.map((r) => foldVietnamese(r.name)),
          batch.map((r) => r.validFrom),
          batch.map((r) => r.validTo),
        ],
      );
      for (const r of result) ids.set(key(r.valid_from === '-infinity' ? 'g0' : 'g2025', level, r.code), r.id);
    }
    return ids;
  }

  private async upsertSuccessions(em: EntityManager, mapping: MappingJson, ids: Map<string, number>): Promise<void> {
    const pairs: [number, number, boolean][] = [];
    const add = (oldLevel: number, newLevel: number, table: Record<string, string[]>) => {
      for (const [oldCode, newCodes] of Object.entries(table)) {
        const from = ids.get(key('g0', oldLevel, oldCode));
        for (const newCode of newCodes) {
          const to = ids.get(key('g2025', newLevel, newCode));
          // 12 old codes in the mapping predate the pre-2025 list (merged before March 2025): nothing to link.
          if (from && to) pairs.push([from, to, newCodes.length === 1]);
        }
      }
    };
    add(1, 1, mapping.provinces);
    add(2, 3, mapping.districts);
    add(3, 3, mapping.communes);
    await em.query(
      `INSERT INTO admin_unit_successions (predecessor_id, successor_id, effective_date, whole)
       SELECT p, s, $4::date, w FROM unnest($1::int[], $2::int[], $3::bool[]) AS t(p, s, w)
       ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET whole = EXCLUDED.whole`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2]), REORGANISATION_2025],
    );
  }
}

function key(generation: string, level: number, code: string): string {
  return `${generation}:${level}:${code}`;
}

function unitRows(provinces: ProvinceJson[], generation: string, validFrom: string, validTo: string | null): Row[] {
  const rows: Row[] = [];
  const unit = (u: UnitJson, level: number, parentKey: string | null, path: string): Row => ({
    code: u.code,
    name: u.name.normalize('NFC'),
    type: u.type,
    level,
    parentKey,
    path,
    validFrom,
    validTo,
  });
  for (const p of provinces) {
    const pPath = `${generation}.p${p.code}`;
    const pKey = key(generation, 1, p.code);
    rows.push(unit(p, 1, null, pPath));
    for (const c of p.communes ?? []) rows.push(unit(c, 3, pKey, `${pPath}.c${c.code}`));
    for (const d of p.districts ?? []) {
      const dPath = `${pPath}.d${d.code}`;
      rows.push(unit(d, 2, pKey, dPath));
      for (const c of d.communes) rows.push(unit(c, 3, key(generation, 2, d.code), `${dPath}.c${c.code}`));
    }
  }
  return rows;
}
