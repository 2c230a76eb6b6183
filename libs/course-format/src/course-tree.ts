import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { loadCourse, type LoadCourseResult } from './load-course.js';
import type { CourseTree } from './model.js';

/** Files kept as text in a tree (and diffed by editors); anything else is kept as bytes. */
const TEXT_FILE = /\.(md|ya?ml|txt)$/i;

export function isTextPath(path: string): boolean {
  return TEXT_FILE.test(path);
}

/** Reads every file of a course folder (dot files left out). Text is NFC, line endings `\n`. */
export function readCourseTree(courseDir: string): CourseTree {
  const tree: CourseTree = { slug: basename(courseDir), files: {}, blobs: {} };
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full, rel);
      else if (entry.isFile()) {
        if (isTextPath(rel)) tree.files[rel] = readFileSync(full, 'utf8').replace(/\r\n/g, '\n').normalize('NFC');
        else tree.blobs[rel] = readFileSync(full).toString('base64');
      }
    }
  };
  walk(courseDir, '');
  return tree;
}

/** Writes a tree into `courseDir` (created if missing); returns `courseDir`. */
export function writeCourseTree(courseDir: string, tree: CourseTree): string {
  const write = (rel: string, data: string | Buffer) => {
    const full = join(courseDir, ...rel.split('/'));
    if (!full.startsWith(courseDir + sep)) throw new Error(`path outside the course folder: ${rel}`);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, data);
  };
  mkdirSync(courseDir, { recursive: true });
  for (const [rel, text] of Object.entries(tree.files)) write(rel, text);
  for (const [rel, data] of Object.entries(tree.blobs)) write(rel, Buffer.from(data, 'base64'));
  return courseDir;
}

/**
 * Validates and reads a tree exactly as `courses:check` and the importer read a folder (the same loader, so the
 * browser and the files can never disagree about what is valid). Problem paths are relative to the course folder.
 */
export function loadCourseTree(tree: CourseTree): LoadCourseResult {
  const root = mkdtempSync(join(tmpdir(), 'lantoa-tree-'));
  try {
    const result = loadCourse(writeCourseTree(join(root, tree.slug), tree), join(root, tree.slug));
    return result.course ? { ...result, course: { ...result.course, tree } } : result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A stable hash of a tree's content (paths and bytes), to tell whether two trees are the same. */
export function treeHash(tree: CourseTree): string {
  const hash = createHash('sha256');
  for (const [kind, map] of [
    ['f', tree.files],
    ['b', tree.blobs],
  ] as const) {
    for (const path of Object.keys(map).sort()) hash.update(`${kind}\u0000${path}\u0000${map[path]}\u0000`);
  }
  return hash.digest('hex');
}

/** The tree with some text files (and some blobs, base64) replaced; `null` removes the file. */
export function withFiles(
  tree: CourseTree,
  changes: Record<string, string | null>,
  blobChanges: Record<string, string | null> = {},
): CourseTree {
  const apply = (map: Record<string, string>, edits: Record<string, string | null>) => {
    const next = { ...map };
    for (const [path, value] of Object.entries(edits)) {
      if (value === null) delete next[path];
      else next[path] = value;
    }
    return next;
  };
  return { ...tree, files: apply(tree.files, changes), blobs: apply(tree.blobs, blobChanges) };
}
