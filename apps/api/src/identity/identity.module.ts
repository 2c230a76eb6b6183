import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { OrgModule } from '../org/org.module.js';
import { TeamsService } from '../org/teams.service.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { IdentityResolver } from './identity.resolver.js';
import { PasswordResetResolver } from './password-reset.resolver.js';
import { PasswordResetService } from './password-reset.service.js';
import { RoleGrantsService } from './role-grants.service.js';
import { SignInLimiterService } from './sign-in-limiter.service.js';
import { smsSenderProvider } from './sms/sms-sender.js';
import { TokensService } from './tokens.service.js';
import { UserFieldsResolver } from './user-fields.resolver.js';
import { UsersService } from './users.service.js';
import { ViewerLoaderService } from './viewer-loader.service.js';

/** People, sign-up / sign-in by phone, sessions, role grants and the guard every GraphQL operation goes through. */
@Module({
  imports: [OrgModule],
  providers: [
    AuthService,
    TokensService,
    SignInLimiterService,
    ViewerLoaderService,
    UsersService,
    RoleGrantsService,
    IdentityResolver,
    UserFieldsResolver,
    PasswordResetService,
    PasswordResetResolver,
    smsSenderProvider,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersService, ViewerLoaderService, TokensService, RoleGrantsService],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly teams: TeamsService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  onModuleInit(): void {
    this.teams.onMembershipChanged((userId) => this.viewers.forget(userId));
  }
}
