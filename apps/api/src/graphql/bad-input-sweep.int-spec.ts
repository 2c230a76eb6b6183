import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeTeam, makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/** Values a hostile client sends, by the kind of scalar they go into. */
const HOSTILE: Record<string, unknown[]> = {
  String: ['a\u0000b', "x' OR 1=1; DROP TABLE users; --", '<script>alert(1)</script>', 'g2025.p01 | *', '😀\u202E', '', 'x'.repeat(10_000)],
  ID: ['a\u0000b', 'not-a-uuid', "1' OR '1'='1", ''],
  Int: [-1, 0, 2_147_483_647],
  DateTime: ['yesterday', '2026-13-45T99:00:00Z', '', '12345'],
};
const SQL_OR_STACK = /QueryFailedError|invalid byte sequence|syntax error at|ltree|\bSELECT\b|\.ts:\d+|at \w+ \(|node_modules/;

/** A plausible value of an input type, so that only the argument under test is hostile. */
function base(type: GraphQLInputType, ids: { team: string }): unknown {
  if (isNonNullType(type)) return base(type.ofType, ids);
  if (isListType(type)) return [base(type.ofType, ids)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, base(f.type, ids)]));
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return ids.team;
    case 'DateTime':
      return '2026-11-30T08:00:00Z';
    default:
      return 'pho-cap-ky-nang-so-cong-dong';
  }
}

/** Every leaf of an argument: its path inside the value and its scalar type name. */
function leaves(type: GraphQLInputType, path: string[] = []): { path: string[]; scalar: string }[] {
  if (isNonNullType(type)) return leaves(type.ofType, path);
  if (isListType(type)) return leaves(type.ofType, [...path, '0']);
  if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((f) => leaves(f.type, [...path, f.name]));
  if (isEnumType(type)) return [];
  return [{ path, scalar: type.name }];
}

function setAt(value: unknown, path: string[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[path[0]!] = setAt((value as Record<string, unknown>)[path[0]!], path.slice(1), leaf);
  return copy;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  const scalars = Object.values((named as GraphQLObjectType).getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0)
    .map((f) => f.name);
  return ` { ${scalars.length ? scalars.join(' ') : '__typename'} }`;
}

interface Case {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

function cases(schema: GraphQLSchema, ids: { team: string }): Case[] {
  const out: Case[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root!.getFields())) {
      if (field.args.length === 0) continue;
      const decl = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `${kind} (${decl}) { ${field.name}(${call})${selectionOf(field)} }`;
      const good = Object.fromEntries(field.args.map((a) => [a.name, base(a.type, ids)]));
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type)) {
          for (const hostile of HOSTILE[leaf.scalar] ?? HOSTILE.String!) {
            out.push({
              operation: `${field.name}.${[arg.name, ...leaf.path].join('.')}`,
              query,
              variables: { ...good, [arg.name]: setAt(good[arg.name], leaf.path, hostile) },
            });
          }
        }
      }
    }
  }
  return out;
}

describe('bad-input sweep', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let member: TestUser;
  let team: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
    schema = t.app.get(GraphQLSchemaHost).schema;
    team = await makeTeam(t);
    member = await makeUser(t, { team: { id: team.id, role: 'leader' }, grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
  });
  afterAll(() => t.close());

  it('answers every hostile value of every argument of every operation without a server error or a leak', async () => {
    const all = cases(schema, { team: team.id });
    expect(all.length).toBeGreaterThan(200);
    const counts = { requests: 0, refusedAsBadInput: 0, otherRefusals: 0, answered: 0 };
    const faults: string[] = [];
    for (const headers of [{}, member.headers]) {
      for (const c of all) {
        const res = await t.gql(c.query, c.variables, { ...headers, 'x-forwarded-for': `10.${counts.requests % 250}.0.1` });
        counts.requests++;
        const text = JSON.stringify(res.errors ?? []);
        const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
        if (codes.includes('INTERNAL_SERVER_ERROR') || res.status >= 500)
          faults.push(`${c.operation} ${JSON.stringify(c.variables).slice(0, 120)} → ${text.slice(0, 200)}`);
        else if (SQL_OR_STACK.test(text)) faults.push(`${c.operation} leaks: ${text.slice(0, 200)}`);
        else if (codes.includes('BAD_USER_INPUT')) counts.refusedAsBadInput++;
        else if (codes.length) counts.otherRefusals++;
        else counts.answered++;
      }
    }
    console.log(`bad-input sweep: ${JSON.stringify(counts)}`);
    expect(faults).toEqual([]);
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
  }, 600_000);

  it('refuses what is not a date, naming the field', async () => {
    const res = await t.gql(
      'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }',
      { i: { clientEventId: randomUUID(), lessonId: randomUUID(), occurredAt: 'yesterday' } },
      member.headers,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Thời điểm của "i.occurredAt" không hợp lệ/);
  });

  it('refuses a NUL byte and a malformed province code at the edge, naming the field', async () => {
    const nul = await t.gql('query ($s: String!) { course(slug: $s) { id } }', { s: 'a\u0000b' });
    expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((nul.errors?.[0]?.extensions?.fields as { field: string }[])[0]!.field).toBe('slug');
    const code = await t.gql('query { searchAdminUnits(text: "ba", provinceCode: "01\' OR") { code } }');
    expect(code.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(code.errors?.[0]?.message).toBe('Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.');
  });

  it('refuses a name of zero-width spaces and removes a right-to-left override', async () => {
    const signUp = (fullName: string) =>
      t.gql<{ signUp: { user: { fullName: string } } }>('mutation ($i: SignUpInput!) { signUp(input: $i) { user { fullName } } }', {
        i: { phone: `09${String(Date.now()).slice(-8)}`, password: 'matkhau123', fullName, communeCode: '00004' },
      });
    const blank = await signUp('\u200B\u200B\u200B');
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bidi = await signUp('Nguyễn \u202EThị Hoa');
    expect(bidi.data?.signUp.user.fullName).toBe('Nguyễn Thị Hoa');
  });
});
