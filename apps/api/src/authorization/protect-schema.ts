import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type DataLoader from 'dataloader';
import { DomainError } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/graphql-options.js';
import type { Viewer } from '../identity/viewer.js';
import type { PersonScopesService } from './person-scopes.service.js';
import { maskPhone, policies, type PersonScope } from './policies.js';

interface AuthorizationContext extends GraphQLContext {
  personScopes?: DataLoader<string, PersonScope | null>;
}

type ObjectRule = (viewer: Viewer | null, value: Record<string, unknown>, scopeOf: ScopeOf) => boolean | Promise<boolean>;
type FieldRule = (value: unknown, parent: Record<string, unknown>, viewer: Viewer | null, scopeOf: ScopeOf) => unknown;
type ScopeOf = (userId: unknown) => Promise<PersonScope | null>;

const teamScope = (team: Record<string, unknown> | undefined) => ({
  id: String(team?.id ?? ''),
  communePath: typeof team?.communePath === 'string' ? team.communePath : '',
});

const seePerson: ObjectRule = async (viewer, user, scopeOf) => {
  const scope = await scopeOf(user.id);
  return scope !== null && policies.seePerson(viewer, scope);
};

const seePrivate = async (viewer: Viewer | null, user: Record<string, unknown>, scopeOf: ScopeOf) => {
  const scope = await scopeOf(user.id);
  return scope !== null && policies.seePersonPrivate(viewer, scope);
};

/**
 * Which objects a viewer may receive, by GraphQL type. Whatever field returns one of these types (entry query,
 * nested field, mutation payload, list) is checked, object by object: a list drops what the viewer may not see,
 * a single object is refused (FORBIDDEN), or null where the field allows it. Unknown scope means no.
 */
const OBJECT_RULES: Record<string, ObjectRule> = {
  Team: (viewer, team) => policies.seeTeam(viewer, teamScope(team)),
  TeamMembershipRecord: (viewer, record) => policies.seeTeam(viewer, teamScope(record.team as Record<string, unknown>)),
  User: seePerson,
  Certificate: async (viewer, certificate, scopeOf) => {
    const scope = await scopeOf(certificate.holderId);
    return scope !== null && policies.seeCertificate(viewer, scope);
  },
};

/** Fields of a visible person that only they, their leader and admins in scope read in full. */
const FIELD_RULES: Record<string, Record<string, FieldRule>> = {
  User: {
    phone: async (phone, user, viewer, scopeOf) =>
      typeof phone === 'string' && !(await seePrivate(viewer, user, scopeOf)) ? maskPhone(phone) : phone,
    grants: async (grants, user, viewer, scopeOf) => ((await seePrivate(viewer, user, scopeOf)) ? grants : []),
    teamHistory: async (history, user, viewer, scopeOf) => ((await seePrivate(viewer, user, scopeOf)) ? history : []),
  },
};

/**
 * Applies the rules above to every field of the schema whose type is protected, once, when the schema is built.
 * Authorization belongs to the object, not to the entry query: `team.members.user.teamHistory.team` is checked
 * exactly like `team(id)`.
 */
export function protectSchema(schema: GraphQLSchema, scopes: PersonScopesService): GraphQLSchema {
  const scopeOfFor = (ctx: AuthorizationContext): ScopeOf => {
    ctx.personScopes ??= scopes.loader();
    const loader = ctx.personScopes;
    return (userId) => (typeof userId === 'string' ? loader.load(userId) : Promise.resolve(null));
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = OBJECT_RULES[getNamedType(field.type).name];
      if (rule) wrapObjectRule(field, rule, scopeOfFor);
      const fieldRule = FIELD_RULES[type.name]?.[field.name];
      if (fieldRule) wrapFieldRule(field, fieldRule, scopeOfFor);
    }
  }
  return schema;
}

function wrapObjectRule(
  field: GraphQLField<unknown, AuthorizationContext>,
  rule: ObjectRule,
  scopeOfFor: (ctx: AuthorizationContext) => ScopeOf,
): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, ctx, info) => {
    const value: unknown = await resolve(source, args, ctx, info);
    return authorize(value, field.type, ctx.viewer ?? null, rule, scopeOfFor(ctx));
  };
}

function wrapFieldRule(
  field: GraphQLField<unknown, AuthorizationContext>,
  rule: FieldRule,
  scopeOfFor: (ctx: AuthorizationContext) => ScopeOf,
): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, ctx, info) => {
    const value: unknown = await resolve(source, args, ctx, info);
    return rule(value, source as Record<string, unknown>, ctx.viewer ?? null, scopeOfFor(ctx));
  };
}

async function authorize(
  value: unknown,
  type: GraphQLOutputType,
  viewer: Viewer | null,
  rule: ObjectRule,
  scopeOf: ScopeOf,
): Promise<unknown> {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [...(value as Iterable<unknown>)];
    const allowed = await Promise.all(items.map((item) => (item === null ? true : rule(viewer, item as Record<string, unknown>, scopeOf))));
    return items.filter((_, i) => allowed[i]);
  }
  if (await rule(viewer, value as Record<string, unknown>, scopeOf)) return value;
  if (isNonNullType(type)) throw viewer ? DomainError.forbidden() : DomainError.unauthenticated();
  return null;
}
