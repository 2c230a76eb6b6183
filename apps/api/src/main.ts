import 'reflect-metadata';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { CourseImportService } from './catalog/course-import.service.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { coursesDir, defaultPaths, webDir } from './config/paths.js';
import { DatabaseStartError, defaultDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database.js';
import { AdminUnitsLoaderService } from './org/admin-units-loader.service.js';
import { configureApp } from './http/configure-app.js';
import { serveWebClient } from './web/serve-web-client.js';

let embedded: EmbeddedDatabase | undefined;

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = config.LANTOA_DATA_DIR ?? defaultDataDir(defaultPaths.dataDir);
    embedded = await startEmbeddedDatabase({ dataDir: join(dataDir, 'postgres'), onNotice: (m) => console.log(m) });
    databaseUrl = embedded.url;
    console.log(`Lan Tỏa: embedded PostgreSQL, data in ${embedded.dataDir}`);
  }

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, schemaFile: config.NODE_ENV === 'development' ? defaultPaths.schemaFile : true }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  configureApp(app);
  serveWebClient(app, webDir(config));
  await app.get(AdminUnitsLoaderService).load();
  await app.get(CourseImportService).importDirectory(coursesDir(config));
  await app.listen(config.PORT, config.HOST);

  const base = `http://localhost:${config.PORT}`;
  console.log(
    `Lan Tỏa is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n  web:     ${base}/\n  graphql: ${base}/graphql\n  health:  ${base}/health\nPress Ctrl-C to stop.`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nLan Tỏa: ${signal} received, stopping…`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch(async (error: unknown) => {
  // A configuration or database mistake is the person's to fix: its message says what. Anything else keeps its stack.
  const expected = error instanceof ConfigError || error instanceof DatabaseStartError;
  console.error(`Lan Tỏa could not start: ${describeError(error, !expected)}`);
  // Never leave an embedded PostgreSQL behind when start-up fails half-way.
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});

/** The message (and stack) of whatever was thrown, never a bare `undefined`. */
function describeError(error: unknown, withStack: boolean): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error && !error.message.includes(error.cause.message) ? `\nCaused by: ${error.cause.message}` : '';
    return (withStack && error.stack ? error.stack : error.message) + cause;
  }
  return `unexpected failure without an error object: ${inspect(error)}`;
}
