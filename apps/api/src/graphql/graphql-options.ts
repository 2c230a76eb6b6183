import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { protectSchema } from '../authorization/protect-schema.js';
import type { PersonScopesService } from '../authorization/person-scopes.service.js';
import { formatError } from '../errors/format-error.js';
import type { Viewer } from '../identity/viewer.js';
import { DateTimeScalar } from './date-time.scalar.js';
import { guardInputs } from './input-guard.js';
import { QUERY_LIMITS, queryCostPlugin, queryLimitRules } from './query-limits.js';

export interface GraphQLContext {
  req: Request;
  res: Response;
  /** Set by AuthGuard: the signed-in viewer, null when anonymous, undefined before the guard ran. */
  viewer?: Viewer | null;
  /** A bearer token was sent but is expired or unknown: the web then refreshes its session. */
  invalidToken?: boolean;
}

/**
 * Code-first schema, printed sorted to `schemaFile` (or kept in memory when `true`). No CDN landing page.
 * Every request is measured before it runs (tokens at parse, depth and aliases at validation, cost before
 * execution); every argument is checked at the edge; every object that leads to a person or a team is authorized.
 */
export function graphqlOptions(schemaFile: string | true, scopes: PersonScopesService): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    autoSchemaFile: schemaFile,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    graphiql: false,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    validationRules: queryLimitRules(),
    plugins: [queryCostPlugin()],
    transformSchema: (schema: GraphQLSchema) => protectSchema(guardInputs(schema), scopes),
    formatError,
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
  };
}
