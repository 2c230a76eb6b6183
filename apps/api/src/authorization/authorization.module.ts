import { Module } from '@nestjs/common';
import { PersonScopesService } from './person-scopes.service.js';

/** The scope rules (policies.ts) and what they need to know about people, for the schema and for services. */
@Module({ providers: [PersonScopesService], exports: [PersonScopesService] })
export class AuthorizationModule {}
