export default async function globalTeardown() {
  await globalThis.__LANTOA_PG__?.stop();
}
