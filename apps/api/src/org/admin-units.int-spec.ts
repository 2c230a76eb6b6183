import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { AdminUnitsLoaderService } from './admin-units-loader.service.js';

interface Unit {
  code: string;
  name: string;
  type: string;
  level: number;
  current: boolean;
}

describe('administrative units', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
  });
  afterAll(() => t.close());

  it('holds the 34 provinces and 3,321 communes of the two-level government, and the 63 / 696 / 10,035 before it', async () => {
    const counts = await db.query<{ level: number; current: boolean; n: number }[]>(
      `SELECT level, valid_to IS NULL AS current, count(*)::int AS n FROM admin_units GROUP BY 1, 2 ORDER BY 2 DESC, 1`,
    );
    expect(counts).toEqual([
      { level: 1, current: true, n: 34 },
      { level: 3, current: true, n: 3321 },
      { level: 1, current: false, n: 63 },
      { level: 2, current: false, n: 696 },
      { level: 3, current: false, n: 10035 },
    ]);
  });

  it('loads once: a second start finds the same data and changes nothing', async () => {
    expect(await t.app.get(AdminUnitsLoaderService).load()).toEqual({ loaded: false });
  });

  it('lists provinces and the communes of one, and counts everything under a province with one path query', async () => {
    const { data } = await t.gql<{ provinces: Unit[]; adminUnit: Unit & { children: Unit[] } }>(
      '{ provinces { code name } adminUnit(code: "01") { name type children { code name type } } }',
    );
    expect(data?.provinces).toHaveLength(34);
    expect(data?.adminUnit.name).toBe('Thành phố Hà Nội');
    expect(data?.adminUnit.children).toHaveLength(126);
    expect(data?.adminUnit.children.every((c) => ['Phường', 'Xã'].includes(c.type))).toBe(true);
    const [under] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM admin_units WHERE path <@ 'g2025.p01' AND level = 3`);
    expect(under?.n).toBe(126);
  });

  it('finds the same units for "ha noi", "Hà Nội" and "HA NOI"', async () => {
    const search = async (text: string) =>
      (await t.gql<{ searchAdminUnits: Unit[] }>('query ($t: String!) { searchAdminUnits(text: $t) { code name } }', { t: text })).data
        ?.searchAdminUnits;
    const plain = await search('ha noi');
    expect(plain?.[0]).toEqual({ code: '01', name: 'Thành phố Hà Nội' });
    expect(await search('Hà Nội')).toEqual(plain);
    expect(await search('HA NOI')).toEqual(plain);
  });

  it('searches communes within one province', async () => {
    const { data } = await t.gql<{ searchAdminUnits: Unit[] }>('{ searchAdminUnits(text: "ba dinh", provinceCode: "01") { code name } }');
    expect(data?.searchAdminUnits[0]).toEqual({ code: '00004', name: 'Phường Ba Đình' });
    const elsewhere = await t.gql<{ searchAdminUnits: Unit[] }>('{ searchAdminUnits(text: "ba dinh", provinceCode: "79") { code } }');
    expect(elsewhere.data?.searchAdminUnits.map((u) => u.code)).not.toContain('00004');
  });

  it('shows which old communes became a new ward', async () => {
    const { data } = await t.gql<{ adminUnit: { name: string; province: Unit; predecessors: Unit[] } }>(
      '{ adminUnit(code: "00004") { name province { code } predecessors { code name level current } } }',
    );
    expect(data?.adminUnit.province.code).toBe('01');
    expect(data?.adminUnit.predecessors.length).toBeGreaterThan(1);
    expect(data?.adminUnit.predecessors.every((p) => !p.current && p.level === 3)).toBe(true);
    expect(data?.adminUnit.predecessors.map((p) => p.name)).toContain('Phường Trúc Bạch');
  });
});
