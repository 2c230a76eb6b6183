import type { CourseTree } from '@lantoa/course-format';

/**
 * Three-way merge of course folders, file by file: `base` is the folder as last imported from the files, `ours`
 * what is published now (browser edits included), `theirs` the folder as the files say now. Changed on one side:
 * that side's. Changed on both, differently: ours (the browser's published text) is kept and the path is a conflict.
 * `fileTree` is `theirs` with each conflicting file as it was in `base`, so the next import meets the same conflict
 * again (and says so) until the files and the browser agree.
 */
export function mergeTrees(
  base: CourseTree,
  ours: CourseTree,
  theirs: CourseTree,
): { tree: CourseTree; conflicts: string[]; fileTree: CourseTree } {
  const tree: CourseTree = { slug: theirs.slug, files: {}, blobs: {} };
  const fileTree: CourseTree = { slug: theirs.slug, files: { ...theirs.files }, blobs: { ...theirs.blobs } };
  const conflicts: string[] = [];
  for (const kind of ['files', 'blobs'] as const) {
    const paths = new Set([...Object.keys(base[kind]), ...Object.keys(ours[kind]), ...Object.keys(theirs[kind])]);
    for (const path of [...paths].sort()) {
      const b = base[kind][path];
      const o = ours[kind][path];
      const t = theirs[kind][path];
      let value: string | undefined;
      if (t === b || o === t) value = o;
      else if (o === b) value = t;
      else {
        value = o;
        conflicts.push(path);
        if (b === undefined) delete fileTree[kind][path];
        else fileTree[kind][path] = b;
      }
      if (value !== undefined) tree[kind][path] = value;
    }
  }
  return { tree, conflicts, fileTree };
}
