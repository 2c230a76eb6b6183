import { describe, expect, it } from '@jest/globals';
import { loadCourse } from './load-course.js';
import { formatLessonFile, splitLessonFile } from './lesson-file.js';
import { loadCourseTree, readCourseTree, treeHash, withFiles } from './course-tree.js';
import { lessonText, makeCourseDir } from './testing/course-fixture.js';

describe('course trees', () => {
  it('reads a folder into a tree that loads to the same course, images included', () => {
    const dir = makeCourseDir();
    const tree = readCourseTree(dir);
    expect(Object.keys(tree.blobs)).toEqual(['01-hoc-phan-mot/images/so-do.svg']);
    const fromTree = loadCourseTree(tree);
    const fromDir = loadCourse(dir);
    expect(fromTree.problems).toEqual([]);
    expect(fromTree.course?.contentHash).toBe(fromDir.course?.contentHash);
    expect(treeHash(fromDir.course!.tree)).toBe(treeHash(tree));
  });

  it('reports problems of a changed tree with the file relative to the course and the field', () => {
    const tree = readCourseTree(makeCourseDir());
    const broken = withFiles(tree, {
      '01-hoc-phan-mot/02-bai-hai.md': lessonText('Hai').replace('minutes: 5', 'minutes: 500'),
    });
    expect(loadCourseTree(broken).problems).toEqual([
      expect.objectContaining({ code: 'invalid-value', file: '01-hoc-phan-mot/02-bai-hai.md', field: 'minutes' }),
    ]);
    expect(treeHash(broken)).not.toBe(treeHash(tree));
  });

  it('formats a lesson file that splits back into the same front matter and body', () => {
    const text = formatLessonFile({ title: { vi: 'Bài', en: 'Lesson' }, minutes: 3, objectives: ['Biết: điều gì'] }, 'Nội dung.\n');
    expect(splitLessonFile(text)).toEqual({
      frontMatter: { title: { vi: 'Bài', en: 'Lesson' }, minutes: 3, objectives: ['Biết: điều gì'] },
      body: 'Nội dung.\n',
    });
  });
});
