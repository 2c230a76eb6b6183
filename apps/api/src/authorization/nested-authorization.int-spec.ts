import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  execute,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { DataSource } from 'typeorm';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeTeam, makeUser, randomPhone, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/**
 * Authorization belongs to the object: whatever path a query takes to a team or a person, the viewer only gets
 * what their role and scope allow. Hà Nội (01) has team A; Huế (46) has team B; X moved from B to A, so X's team
 * history leads from Hà Nội into Huế (the path that leaked names and phones before).
 */
describe('nested authorization', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let hueCommune: string;
  let teamA: { id: string };
  let teamB: { id: string };
  const p: Record<string, TestUser & { fullName: string }> = {};

  const person = async (key: string, options: Parameters<typeof makeUser>[1]) => {
    const fullName = `Người ${key} Kiểm Thử`;
    p[key] = { ...(await makeUser(t, { ...options, fullName })), fullName };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
    schema = t.app.get(GraphQLSchemaHost).schema;
    const db = t.app.get(DataSource);
    const [row] = await db.query<{ code: string }[]>(
      `SELECT code FROM admin_units WHERE path <@ 'g2025.p46' AND level = 3 AND valid_to IS NULL ORDER BY code LIMIT 1`,
    );
    hueCommune = row!.code;
    teamA = await makeTeam(t, '00004', 'Tổ Hà Nội A');
    teamB = await makeTeam(t, hueCommune, 'Tổ Huế Bí Mật');
    await person('leaderA', { team: { id: teamA.id, role: 'leader' } });
    await person('memberA', { team: { id: teamA.id, role: 'member' } });
    await person('coMemberA', { team: { id: teamA.id, role: 'member' } });
    await person('leaderB', { communeCode: hueCommune, team: { id: teamB.id, role: 'leader' } });
    await person('memberB', { communeCode: hueCommune, team: { id: teamB.id, role: 'member' } });
    await person('moved', { communeCode: hueCommune, team: { id: teamB.id, role: 'member' } });
    await person('adminHanoi', { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    await person('adminHue', { communeCode: hueCommune, grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '46' }] });
    await person('citizen', {});
    await person('national', { grants: [{ role: 'NATIONAL_ADMIN' }] });
    // X moves from Huế's team B to Hà Nội's team A (by a national admin, who may).
    const moved = await t.gql(
      'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { user { id } } }',
      { i: { teamId: teamA.id, phone: p.moved!.phone, fullName: p.moved!.fullName } },
      p.national!.headers,
    );
    expect(moved.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  describe('moving people between teams', () => {
    it('refuses a province admin who adds a person active in another province’s team, and moves nobody', async () => {
      const res = await t.gql(
        'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { user { id } } }',
        { i: { teamId: teamA.id, phone: p.leaderB!.phone, fullName: 'Ai Đó' } },
        p.adminHanoi!.headers,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/ngoài phạm vi bạn quản lý/);
      const team = await t.gql<{ team: { members: { user: { id: string }; role: string }[] } }>(
        `query ($id: ID!) { team(id: $id) { members { role user { id } } } }`,
        { id: teamB.id },
        p.adminHue!.headers,
      );
      expect(team.data!.team.members).toContainEqual({ role: 'leader', user: { id: p.leaderB!.id } });
    });

    it('reports a CSV row with a person of another province’s team as an error and imports nothing', async () => {
      const csv = `so_dien_thoai,ho_ten\n${randomPhone()},Người Mới\n${p.memberB!.phone},Người Huế\n`;
      const res = await t.gql<{
        importTeamMembers: { imported: number; failed: number; rows: { ok: boolean; error: { vi: string } | null }[] };
      }>(
        'mutation ($i: ImportTeamMembersInput!) { importTeamMembers(input: $i) { imported failed rows { ok error { vi } } } }',
        { i: { teamId: teamA.id, csv } },
        p.adminHanoi!.headers,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.importTeamMembers).toMatchObject({ imported: 0, failed: 1 });
      expect(res.data!.importTeamMembers.rows[1]!.error?.vi).toMatch(/ngoài phạm vi bạn quản lý/);
      const still = await t.app
        .get(DataSource)
        .query<{ team_id: string }[]>(`SELECT team_id FROM team_memberships WHERE user_id = $1 AND left_at IS NULL`, [p.memberB!.id]);
      expect(still).toEqual([{ team_id: teamB.id }]);
    });
  });

  describe('what a plain member sees of the team', () => {
    const TEAM = `query ($id: ID!) { team(id: $id) { members { role user { id fullName phone grants { role } teamHistory { team { id name members { user { fullName phone } } } } } } } }`;

    it('names and roles of co-members, phones masked but the last three digits, no grants or history', async () => {
      const res = await t.gql<{
        team: {
          members: { role: string; user: { id: string; fullName: string; phone: string; grants: unknown[]; teamHistory: unknown[] } }[];
        };
      }>(TEAM, { id: teamA.id }, p.memberA!.headers);
      expect(res.errors).toBeUndefined();
      const members = res.data!.team.members;
      const co = members.find((m) => m.user.id === p.coMemberA!.id)!;
      expect(co.user.fullName).toBe(p.coMemberA!.fullName);
      expect(co.user.phone).toMatch(/^•+\d{3}$/);
      expect(co.user.phone.slice(-3)).toBe(p.coMemberA!.phone.slice(-3));
      expect(co.user.grants).toEqual([]);
      const moved = members.find((m) => m.user.id === p.moved!.id)!;
      expect(moved.user.teamHistory).toEqual([]);
      expect(JSON.stringify(res.data)).not.toContain('Huế');
      // Their own record in full.
      const self = members.find((m) => m.user.id === p.memberA!.id)!;
      expect(self.user.phone).toBe(p.memberA!.phone);
    });

    it('the leader sees phones and history, but not into a team outside their scope', async () => {
      const res = await t.gql<{
        team: { members: { user: { id: string; phone: string; teamHistory: { team: { id: string } }[] } }[] };
      }>(TEAM, { id: teamA.id }, p.leaderA!.headers);
      expect(res.errors).toBeUndefined();
      const moved = res.data!.team.members.find((m) => m.user.id === p.moved!.id)!;
      expect(moved.user.phone).toBe(p.moved!.phone);
      expect(moved.user.teamHistory.map((h) => h.team.id)).toEqual([teamA.id]);
      expect(JSON.stringify(res.data)).not.toContain(p.leaderB!.fullName);
    });

    it('the Huế admin still sees the move in the history of their own team', async () => {
      const res = await t.gql<{ user: { teamHistory: { team: { id: string }; leftAt: string | null }[] } }>(
        `query ($id: String!) { user(id: $id) { teamHistory { leftAt team { id } } } }`,
        { id: p.moved!.id },
        p.adminHue!.headers,
      );
      // X lives in Huế, so the Huế admin may read X, but only the team of their own province in X's history.
      expect(res.errors).toBeUndefined();
      expect(res.data!.user.teamHistory.map((h) => h.team.id)).toEqual([teamB.id]);
    });
  });

  /**
   * The walk: from every entry query, every link of the schema a few levels deep (built from the schema, so a new
   * field is walked without anyone adding it), for each actor, with ids inside and outside their scope. Run on the
   * API's own schema and resolvers (guards included) without the HTTP layer, because the deepest walks are, rightly,
   * refused by the query-cost limit over HTTP.
   */
  describe('schema walk', () => {
    const ACTORS = ['anonymous', 'citizen', 'memberA', 'leaderA', 'adminHanoi', 'leaderB', 'adminHue'] as const;
    type Actor = (typeof ACTORS)[number];

    const inHanoi = () => [teamA.id, p.leaderA!, p.memberA!, p.coMemberA!, p.moved!];
    const inHue = () => [teamB.id, p.leaderB!, p.memberB!];
    const markersOf = (things: (string | (TestUser & { fullName: string }))[]) =>
      things.flatMap((x) => (typeof x === 'string' ? [x] : [x.id, x.fullName, x.phone, `0${x.phone.slice(3)}`]));

    /** What must never come back to each actor (beyond their own record). */
    const forbidden = (actor: Actor): string[] => {
      const hanoi = markersOf(inHanoi());
      const hue = markersOf(inHue());
      const fullPhones = (xs: (TestUser & { fullName: string })[]) => xs.flatMap((x) => [x.phone, `0${x.phone.slice(3)}`]);
      switch (actor) {
        case 'anonymous':
        case 'citizen':
          return [...hanoi, ...hue, 'Tổ Huế Bí Mật', 'Tổ Hà Nội A'];
        case 'memberA':
          return [...hue, 'Tổ Huế Bí Mật', ...fullPhones([p.leaderA!, p.coMemberA!, p.moved!])];
        case 'leaderA':
        case 'adminHanoi':
          return [...hue, 'Tổ Huế Bí Mật'];
        case 'leaderB':
          return [...hanoi, 'Tổ Hà Nội A'];
        case 'adminHue':
          return [teamA.id, 'Tổ Hà Nội A', ...markersOf([p.leaderA!, p.memberA!, p.coMemberA!])];
      }
    };

    const idCandidates = () => [teamA.id, teamB.id, ...Object.values(p).map((x) => x.id)];
    const ARGUMENTS: Record<string, () => unknown[]> = {
      id: idCandidates,
      teamId: () => [teamA.id, teamB.id],
      userId: () => Object.values(p).map((x) => x.id),
      courseSlug: () => ['pho-cap-ky-nang-so-cong-dong'],
      filter: () => [
        { offset: 0, limit: 100 },
        { offset: 0, limit: 100, provinceCode: '46' },
      ],
    };

    const AVOID = new Set(['AdminUnit']); // public reference data, and a province has hundreds of children

    function selection(type: GraphQLObjectType, depth: number): string {
      const parts: string[] = [];
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
        const named = getNamedType(field.type);
        if (isLeafType(named)) parts.push(field.name);
        else if (isObjectType(named) && depth > 0) {
          const inner = AVOID.has(named.name) ? 'code' : selection(named, depth - 1);
          if (inner) parts.push(`${field.name} { ${inner} }`);
        }
      }
      return parts.join(' ');
    }

    function entryQueries(): { name: string; query: string; variables: Record<string, unknown> }[] {
      const queryType = schema.getQueryType()!;
      const out: { name: string; query: string; variables: Record<string, unknown> }[] = [];
      for (const field of Object.values(queryType.getFields())) {
        const named = getNamedType(field.type);
        if (!isObjectType(named) || AVOID.has(named.name)) continue;
        const required = field.args.filter((a) => isNonNullType(a.type) || ARGUMENTS[a.name]);
        if (required.some((a) => !ARGUMENTS[a.name])) continue;
        const body = selection(named, 6);
        const decl = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const call = required.map((a) => `${a.name}: $${a.name}`).join(', ');
        const query = `query${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} { ${body} } }`;
        const combos = required.reduce<Record<string, unknown>[]>(
          (acc, a) => acc.flatMap((vars) => ARGUMENTS[a.name]!().map((v) => ({ ...vars, [a.name]: v }))),
          [{}],
        );
        for (const variables of combos) out.push({ name: field.name, query, variables });
      }
      return out;
    }

    it('walks the entry points that lead to people and teams', () => {
      const names = new Set(entryQueries().map((q) => q.name));
      for (const name of ['me', 'user', 'team', 'teams', 'teamProgress']) expect(names).toContain(name);
    });

    it.each(ACTORS)('nothing outside the scope of %s comes back on any path', async (actor) => {
      const headers = actor === 'anonymous' ? {} : p[actor]!.headers;
      const own = actor === 'anonymous' ? [] : [p[actor]!.id, p[actor]!.fullName, p[actor]!.phone];
      const markers = forbidden(actor).filter((m) => !own.includes(m));
      const leaks: string[] = [];
      for (const { name, query, variables } of entryQueries()) {
        const result = await execute({
          schema,
          document: parse(query),
          variableValues: variables,
          contextValue: { req: { headers, ip: '127.0.0.1', cookies: {} }, res: { cookie: () => undefined } },
        });
        const text = JSON.stringify(result.data ?? null);
        for (const m of markers) if (text.includes(m)) leaks.push(`${name}(${JSON.stringify(variables)}) → ${m}`);
        for (const e of result.errors ?? []) {
          const code = (e.originalError as { code?: string } | undefined)?.code;
          if (!code) throw new Error(`${name}: unexpected error ${e.message}`);
        }
      }
      expect(leaks).toEqual([]);
    });
  });
});
