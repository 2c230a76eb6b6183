import { DomainError, exportCourses, withCommandContext } from '@lantoa/api/commands';

/**
 * `courses:export <dir> [--course <slug>] [--version <n>] [--replace]`: the published content (browser edits
 * included) back to files. Exporting into courses/ with --replace, then committing, makes the files match the
 * browser again (docs/course-format.md "Files and the browser").
 */
export async function coursesExport(
  dir: string,
  args: { course?: string; version?: string; replace?: boolean },
  print: (line: string) => void,
): Promise<number> {
  if (args.version !== undefined && !/^\d+$/.test(args.version)) {
    print('✗ --version phải là số phiên bản (1, 2, 3…).');
    return 1;
  }
  return withCommandContext(async (app) => {
    try {
      const written = await exportCourses(app, dir, {
        course: args.course ?? null,
        version: args.version === undefined ? null : Number(args.version),
        replace: args.replace ?? false,
      });
      if (written.length === 0) {
        print('✗ Chưa có khóa học nào được xuất bản trong cơ sở dữ liệu (no published course).');
        return 1;
      }
      for (const w of written) print(`✓ ${w.slug} (phiên bản ${w.number}) → ${w.path}`);
      return 0;
    } catch (error) {
      print(`✗ ${error instanceof DomainError ? error.message : (error as Error).message}`);
      return 1;
    }
  });
}
