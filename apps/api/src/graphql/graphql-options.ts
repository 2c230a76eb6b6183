import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { formatError } from '../errors/format-error.js';
import type { Viewer } from '../identity/viewer.js';

export interface GraphQLContext {
  req: Request;
  res: Response;
  /** Set by AuthGuard: the signed-in viewer, null when anonymous, undefined before the guard ran. */
  viewer?: Viewer | null;
  /** A bearer token was sent but is expired or unknown: the web then refreshes its session. */
  invalidToken?: boolean;
}

/** Code-first schema, printed sorted to `schemaFile` (or kept in memory when `true`). No CDN landing page. */
export function graphqlOptions(schemaFile: string | true): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    autoSchemaFile: schemaFile,
    sortSchema: true,
    graphiql: false,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
  };
}
