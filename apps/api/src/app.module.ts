import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthoringModule } from './authoring/authoring.module.js';
import { AuthorizationModule } from './authorization/authorization.module.js';
import { PersonScopesService } from './authorization/person-scopes.service.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ExplorerController } from './graphql/explorer.controller.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthModule } from './health/health.module.js';
import { loggerOptions } from './logging/logger-options.js';
import { IdentityModule } from './identity/identity.module.js';
import { LearningModule } from './learning/learning.module.js';
import { OrgModule } from './org/org.module.js';
import { ReportsModule } from './reports/reports.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Where to print the schema, or `true` to keep it in memory. */
  schemaFile: string | true;
  /** False for command-line use: the domain modules and the database, without GraphQL or HTTP routes. */
  http?: boolean;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, schemaFile, http = true }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DATABASE_POOL_SIZE)),
        AuthorizationModule,
        ...(http
          ? [
              GraphQLModule.forRootAsync<ApolloDriverConfig>({
                driver: ApolloDriver,
                imports: [AuthorizationModule],
                inject: [PersonScopesService],
                useFactory: (scopes: PersonScopesService) => graphqlOptions(schemaFile, scopes),
              }),
              HealthModule,
            ]
          : []),
        CatalogModule,
        OrgModule,
        IdentityModule,
        LearningModule,
        ReportsModule,
        CertificatesModule,
        AuthoringModule,
      ],
      controllers: http ? [ExplorerController] : [],
    };
  }
}
