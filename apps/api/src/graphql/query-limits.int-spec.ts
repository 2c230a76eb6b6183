import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gqlPluckFromCodeStringSync } from '@graphql-tools/graphql-tag-pluck';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { QUERY_LIMITS, queryCost, queryLimitRules } from './query-limits.js';

const webSrc = fileURLToPath(new URL('../../../web/src/', import.meta.url));

/** Every GraphQL document of the web client, as the web sends it. */
function webDocuments(): { file: string; body: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'gql' && name !== 'testing') walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) && name !== 'testing') files.push(path);
    }
  };
  walk(webSrc);
  const docs: { file: string; body: string }[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const d of gqlPluckFromCodeStringSync(file, code, { globalGqlIdentifierName: ['graphql'], skipIndent: true })) {
      docs.push({ file, body: d.body });
    }
    // Plain strings sent as they are (the session refresh).
    for (const m of code.matchAll(/`((?:query|mutation) [A-Z]\w*[\s\S]*?)`/g)) if (!m[1]!.includes('${')) docs.push({ file, body: m[1]! });
  }
  return docs;
}

/** Values of the right type for every variable a document declares (lists of one, limits as the web sends them). */
function placeholderVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const value = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return value(type.ofType);
    if (isListType(type)) return [value(type.ofType)];
    if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, value(f.type)]));
    if (isEnumType(type)) return type.getValues()[0]!.value;
    return ({ Int: 20, Float: 1, Boolean: true, DateTime: '2026-12-01T00:00:00Z' } as Record<string, unknown>)[type.name] ?? 'x';
  };
  const vars: Record<string, unknown> = {};
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? [])
      vars[v.variable.name.value] = value(typeFromAST(schema, v.type as never) as GraphQLInputType);
  }
  return vars;
}

const HEALTH_AND_ORDINARY = async (t: TestApp) => {
  const [health, ordinary] = await Promise.all([fetch(`${t.baseUrl}/health`), t.gql<{ provinces: unknown[] }>('{ provinces { code } }')]);
  return { health: health.status, provinces: ordinary.data?.provinces.length };
};

describe('query limits', () => {
  let t: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  const expectRefused = async (query: string, limit: string) => {
    const started = performance.now();
    const res = await t.gql(query);
    const ms = performance.now() - started;
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/quá lớn hoặc quá phức tạp/);
    expect((res.errors?.[0]?.extensions?.messages as { en: string }).en).toMatch(/too large or too complex/);
    expect((res.errors?.[0]?.extensions?.limit as { limit: string }).limit).toBe(limit);
    return ms;
  };

  it('refuses the nested communes query that ran the API out of memory, by its cost, before running it', async () => {
    const ms = await expectRefused(
      '{ adminUnit(code:"01") { children { province { children { province { children { province { code } } } } } } } }',
      'cost',
    );
    // Not a timing assertion of speed goals: only that nothing was executed (execution took 45 s and 4 GB).
    expect(ms).toBeLessThan(5000);
    // One level less is still refused: it loaded about 15,900 objects.
    await expectRefused('{ adminUnit(code:"01") { children { province { children { code } } } } }', 'cost');
    expect(await HEALTH_AND_ORDINARY(t)).toEqual({ health: 200, provinces: 34 });
  });

  it('refuses 2,200 aliases of the course outline by its length before parsing it, and fewer by the alias limit', async () => {
    const aliases = Array.from({ length: 2200 }, (_, i) => `a${i}: courses { modules { lessons { id } } }`).join(' ');
    await expectRefused(`{ ${aliases} }`, 'characters');
    // Sent by GET too (how content is read), the same refusal (a URL of 100 kB is refused by Node itself: 431).
    const long = `{ ${'a'.repeat(QUERY_LIMITS.characters)} }`;
    const byGet = await fetch(`${t.baseUrl}/graphql?${new URLSearchParams({ query: long })}`, {
      headers: { 'x-apollo-operation-name': 'x' },
    });
    const refused = (await byGet.json()) as { errors: { extensions: { code: string; limit: { limit: string } } }[] };
    expect(refused.errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { limit: 'characters' } });
    // Short enough, but more tokens than the parser will read.
    await expectRefused(`{ ${'a '.repeat(QUERY_LIMITS.tokens + 1)}}`, 'tokens');
    const fewer = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: courses { slug }`).join(' ');
    await expectRefused(`{ ${fewer} }`, 'aliases');
  });

  it('refuses a query nested deeper than the depth limit', async () => {
    let query = 'code';
    for (let i = 0; i < 1000; i++) query = `province { ${query} }`;
    await expectRefused(`{ adminUnit(code: "00004") { ${query} } }`, 'characters');
    let shallow = 'code';
    for (let i = 0; i < QUERY_LIMITS.depth; i++) shallow = `province { ${shallow} }`;
    await expectRefused(`{ adminUnit(code: "00004") { ${shallow} } }`, 'depth');
  });

  it('counts a list by the limit the client asks for', async () => {
    const ok = await t.gql('{ searchAdminUnits(text: "ba", limit: 5) { code province { code } } }');
    expect(ok.errors).toBeUndefined();
    const cost = (limit: number) =>
      queryCost(schema, parse(`{ searchAdminUnits(text: "ba", limit: ${limit}) { code province { code } } }`));
    expect(cost(100)).toBe(cost(5) * 20);
    const byVariable = queryCost(schema, parse('query ($n: Int!) { searchAdminUnits(text: "ba", limit: $n) { code } }'), { n: 100 });
    expect(byVariable).toBe(100);
  });

  it('lets every document of the web client through the same rules, well below each limit', () => {
    const docs = webDocuments();
    expect(docs.length).toBeGreaterThan(15);
    const rules = queryLimitRules();
    for (const { file, body } of docs) {
      expect({ file, short: body.length <= QUERY_LIMITS.characters / 2 }).toEqual({ file, short: true });
      const document = parse(body, { maxTokens: QUERY_LIMITS.tokens });
      const errors = validate(schema, document, rules);
      expect({ file, errors: errors.map((e) => e.message) }).toEqual({ file, errors: [] });
      const cost = queryCost(schema, document, placeholderVariables(schema, document));
      expect({ file, cheap: cost <= QUERY_LIMITS.cost / 2 }).toEqual({ file, cheap: true });
    }
  });

  it('keeps answering others and /health while a flood of refused queries arrives', async () => {
    const attack = '{ adminUnit(code:"01") { children { province { children { province { children { province { code } } } } } } } }';
    const answers: Awaited<ReturnType<TestApp['gql']>>[] = [];
    let during: Awaited<ReturnType<typeof HEALTH_AND_ORDINARY>> | undefined;
    for (let wave = 0; wave < 5; wave++) {
      const flood = Array.from({ length: 20 }, () => t.gql(attack));
      if (wave === 2) during = await HEALTH_AND_ORDINARY(t);
      answers.push(...(await Promise.all(flood)));
    }
    expect(answers.every((a) => a.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);
    expect(during).toEqual({ health: 200, provinces: 34 });
  });
});
