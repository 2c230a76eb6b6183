import { z } from 'zod';

/** Every setting Lan Tỏa reads from the environment, validated once at start-up. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must look like postgres://user:password@host:5432/database')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(20),
  LANTOA_DATA_DIR: z.string().min(1).optional(),
  LANTOA_COURSES_DIR: z.string().min(1).optional(),
  LANTOA_WEB_DIR: z.string().min(1).optional(),
  /**
   * The address people reach Lan Tỏa at (no trailing slash): printed in certificates' QR codes and in the signed
   * credentials (issuer, key and status list URLs), so it must stay the same for the life of the certificates.
   * Default: http://localhost:<PORT>.
   */
  LANTOA_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /**
   * The Ed25519 private key that signs certificates, as a JWK (JSON: {"kty":"OKP","crv":"Ed25519","d":…,"x":…}).
   * Without it a key is generated on first start and kept in the database (the embedded default). Production sets
   * it; to rotate, set a new one (the old public key stays published).
   */
  LANTOA_CERTIFICATE_KEY: z
    .string()
    .refine((v) => {
      try {
        const k = JSON.parse(v) as Record<string, unknown>;
        return k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.d === 'string' && typeof k.x === 'string';
      } catch {
        return false;
      }
    }, 'must be an Ed25519 private key as a JWK: {"kty":"OKP","crv":"Ed25519","d":"…","x":"…"}')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof configSchema>;
