import { RollupsService, withCommandContext, type RollupDifference } from '@lantoa/api/commands';

const SHOWN = 20;

/**
 * `reports:rebuild [--check]`: recounts the report roll-ups from the raw rows. With --check it only reports the
 * differences (exit 1 when there are any); without, it replaces the roll-ups by the recount.
 */
export async function reportsRebuild(args: { check?: boolean }, print: (line: string) => void): Promise<number> {
  return withCommandContext(async (app) => {
    const rollups = app.get(RollupsService);
    const differences: RollupDifference[] = args.check ? await rollups.differences() : await rollups.rebuild();
    for (const d of differences.slice(0, SHOWN)) print(`  ${d.table} ${JSON.stringify(d.key)}: ${d.actual} ≠ ${d.expected} (recount)`);
    if (differences.length > SHOWN) print(`  … and ${differences.length - SHOWN} more`);
    if (args.check) {
      print(
        differences.length === 0
          ? '✓ Roll-ups match a recount from the raw rows.'
          : `✗ ${differences.length} roll-up rows differ from a recount.`,
      );
      return differences.length === 0 ? 0 : 1;
    }
    print(`✓ Roll-ups rebuilt from the raw rows (${differences.length} rows were different).`);
    return 0;
  });
}
