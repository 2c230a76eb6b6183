// Data source for the TypeORM CLI (`npm run migration:generate -- <name>`); needs DATABASE_URL.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required (scripts/migration-generate.mjs starts an embedded database for you)');
export default new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
