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
  /**
   * The part of the file it is about, where one can be named: a YAML key path (`minutes`, `title.vi`,
   * `questions.2.options.0.explanation`), `questions.<i>` for a question's rules, `body` for a lesson's Markdown.
   * Editors show the message next to that field.
   */
  field?: string;
}

export function formatProblem(p: CourseProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} [${p.code}]`;
}

/** Collects problems while a course is read, so that one run reports all of them. */
export class ProblemList {
  readonly items: CourseProblem[] = [];

  add(code: string, file: string, message: string, line?: number, field?: string): void {
    const problem: CourseProblem = line ? { code, file, line, message } : { code, file, message };
    if (field) problem.field = field;
    this.items.push(problem);
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }
}
