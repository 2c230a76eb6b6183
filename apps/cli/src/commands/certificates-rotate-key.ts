import { SigningKeysService, withCommandContext } from '@lantoa/api/commands';

/**
 * `certificates:rotate-key`: a new Ed25519 key signs certificates from now on. The old public key stays in
 * /.well-known/jwks.json, so every certificate signed before keeps verifying. Refused (exit 1) when the key comes
 * from LANTOA_CERTIFICATE_KEY: there, rotating means setting a new key in the configuration.
 */
export async function certificatesRotateKey(print: (line: string) => void): Promise<number> {
  return withCommandContext(async (app) => {
    const { retired, active } = await app.get(SigningKeysService).rotate();
    if (retired) print(`  retired (still published): ${retired}`);
    print(`✓ New signing key: ${active}`);
    return 0;
  });
}
