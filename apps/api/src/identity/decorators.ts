import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-options.js';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from './viewer.js';

export const PUBLIC_KEY = 'lantoa:public';

/** Marks a query or mutation that anyone may call, signed in or not. Everything else needs a signed-in viewer. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in viewer (the guard has already refused anonymous callers of non-public operations). */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer;
  if (!viewer) throw DomainError.unauthenticated();
  return viewer;
});

/** The viewer when there is one (public operations that change with who asks). */
export const OptionalViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer ?? null,
);
