import type { AppConfig } from '../config/config.schema.js';

/** Where people reach Lan Tỏa: the origin of every URL inside a certificate (LANTOA_PUBLIC_URL). */
export function publicOrigin(config: AppConfig): string {
  return config.LANTOA_PUBLIC_URL ?? `http://localhost:${config.PORT}`;
}
