import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/load-config.js';
import { configureApp } from '../http/configure-app.js';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  databaseUrl: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

/** A fresh, empty database on the run's PostgreSQL (started by global-setup.mjs). */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env.LANTOA_TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('LANTOA_TEST_DATABASE_URL is not set: run the tests through jest (global-setup.mjs)');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Boots the real Nest app (migrations included) on a fresh database and a free port, or on `databaseUrl` (a second
 * API process on the same database).
 */
export async function createTestApp(
  options: { schemaFile?: string | true; databaseUrl?: string; configure?: (app: INestApplication) => void } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl, schemaFile: options.schemaFile ?? true }), {
    logger: false,
  });
  configureApp(app);
  options.configure?.(app);
  await app.listen(0, '127.0.0.1');
  // Longer than any pause inside a test, so fetch never reuses a connection the server is just closing (ECONNRESET).
  (app.getHttpServer() as { keepAliveTimeout: number }).keepAliveTimeout = 120_000;
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    databaseUrl,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    close: () => app.close(),
  };
}
