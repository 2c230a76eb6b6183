import { describe, expect, it } from '@jest/globals';
import { dirname } from 'node:path';
import { makeCourseDir } from '@lantoa/course-format/testing';
import { coursesCheck } from './courses-check.js';

function run(dir: string) {
  const lines: string[] = [];
  const code = coursesCheck(dir, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('lantoa courses:check', () => {
  it('passes a valid course folder and sums it up', () => {
    const { code, out } = run(makeCourseDir());
    expect(code).toBe(0);
    expect(out).toContain('khoa-hoc-thu: 2 học phần (1 bản theo tỉnh), 4 bài học');
    expect(out).toContain('hợp lệ');
  });

  it('accepts a folder of courses too', () => {
    expect(run(dirname(makeCourseDir())).code).toBe(0);
  });

  it('fails with every problem, one per line with file and line', () => {
    const dir = makeCourseDir({ '01-hoc-phan-mot/module.yaml': 'title: Một\nsummary: T\nxyz: 1\n', '02-hoc-phan-hai/quiz.yaml': null });
    const { code, out } = run(dir);
    expect(code).toBe(1);
    expect(out).toContain('khoa-hoc-thu/01-hoc-phan-mot/module.yaml:1: khóa không được biết: "xyz" tại tệp [unknown-key]');
    expect(out).toContain('khoa-hoc-thu/02-hoc-phan-hai/quiz.yaml: học phần thiếu tệp bài kiểm tra quiz.yaml [missing-quiz]');
    expect(out).toContain('✗ 2 lỗi');
  });

  it('fails on a folder that does not exist', () => {
    expect(run('/nonexistent/courses').code).toBe(1);
  });
});
