import 'reflect-metadata';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/load-config.js';
import { defaultPaths } from '../config/paths.js';
import { defaultDataDir, useEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded-database.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';

/**
 * Runs a maintenance command against the same database `npm start` uses (DATABASE_URL, or the embedded one in
 * the data directory, joining it if it is already running), with migrations applied and units loaded.
 */
export async function withCommandContext<T>(run: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await useEmbeddedDatabase({ dataDir: join(config.LANTOA_DATA_DIR ?? defaultDataDir(defaultPaths.dataDir), 'postgres') });
    databaseUrl = embedded.url;
  }
  try {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl, schemaFile: true, http: false }), {
      logger: ['error', 'warn'],
    });
    try {
      await app.get(AdminUnitsLoaderService).load();
      return await run(app);
    } finally {
      await app.close();
    }
  } finally {
    await embedded?.stop();
  }
}
