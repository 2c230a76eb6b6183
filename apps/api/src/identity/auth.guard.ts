import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/graphql-options.js';
import { PUBLIC_KEY } from './decorators.js';
import { TokensService } from './tokens.service.js';
import { ViewerLoaderService } from './viewer-loader.service.js';

/**
 * Global guard for GraphQL: every operation needs a signed-in, active user unless marked @Public(). Finer rules
 * (role, province, team) are checked by each service through the Viewer. HTTP routes (health, assets) are public.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (ctx.viewer === undefined) {
      const header = ctx.req.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
      const userId = token ? await this.tokens.verifyAccess(token) : null;
      ctx.viewer = userId ? await this.viewers.load(userId) : null;
      if (token && !ctx.viewer) ctx.invalidToken = true;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic || ctx.viewer) return true;
    throw ctx.invalidToken ? new DomainError('UNAUTHENTICATED', 'auth.sessionExpired') : DomainError.unauthenticated();
  }
}
