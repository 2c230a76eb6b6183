import { DEMO_PASSWORD, seedDemo, withCommandContext } from '@lantoa/api/commands';

/** `seed:demo`: fills the database with demo data for Hà Nội and Huế and prints the demo sign-ins. */
export async function seedDemoCommand(print: (line: string) => void): Promise<number> {
  const signIns = await withCommandContext((app) => seedDemo(app));
  print(`Demo data ready. Every account below has the password: ${DEMO_PASSWORD}\n`);
  const width = Math.max(...signIns.map((s) => s.who.length));
  for (const s of signIns) print(`  ${s.who.padEnd(width)}  ${s.phone}`);
  return 0;
}
