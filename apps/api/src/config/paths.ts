import { fileURLToPath } from 'node:url';
import type { AppConfig } from './config.schema.js';

// Same depth from src/config and dist/config, so the API finds the repository both in tests and when built.
const apiRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Data files shipped with the API (administrative units). */
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const defaultPaths = {
  schemaFile: `${apiRoot}schema.graphql`,
  coursesDir: `${repoRoot}courses`,
  webDir: `${repoRoot}apps/web/dist`,
  dataDir: `${repoRoot}.data`,
};

export function coursesDir(config: AppConfig): string {
  return config.LANTOA_COURSES_DIR ?? defaultPaths.coursesDir;
}

export function webDir(config: AppConfig): string {
  return config.LANTOA_WEB_DIR ?? defaultPaths.webDir;
}
