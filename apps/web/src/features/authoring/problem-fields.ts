/** The editor field a course-format problem belongs to (`title.vi` → title, `objectives.2` → objectives). */
export function lessonField(field: string | null | undefined): 'title' | 'minutes' | 'objectives' | 'body' | null {
  const head = field?.split('.')[0];
  return head === 'title' || head === 'minutes' || head === 'objectives' || head === 'body' ? head : null;
}

/** `questions.2.options.1.text` → question 2; null for the quiz as a whole. */
export function questionIndex(field: string | null | undefined): number | null {
  const match = /^questions\.(\d+)/.exec(field ?? '');
  return match ? Number(match[1]) : null;
}
