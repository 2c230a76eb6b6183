import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';

export interface GraphQLContext {
  req: Request;
  res: Response;
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
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
  };
}
