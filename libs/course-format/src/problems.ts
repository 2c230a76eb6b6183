/** One thing wrong in a course folder, reported with where to find it. */
export interface CourseProblem {
  /** Stable identifier of the kind of mistake, e.g. `missing-key`, `duplicate-slug`. */
  code: string;
  /** Path of the file, relative to the folder that was checked. */
  file: string;
  /** 1-based line, where one can be found. */
  line?: number;
  /** What is wrong, in plain words (Vietnamese). */
  message: string;
}

export function formatProblem(p: CourseProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} [${p.code}]`;
}

/** Collects problems while a course is read, so that one run reports all of them. */
export class ProblemList {
  readonly items: CourseProblem[] = [];

  add(code: string, file: string, message: string, line?: number): void {
    this.items.push(line ? { code, file, line, message } : { code, file, message });
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }
}
