/**
 * Quiz rounds (issue 19): a quiz is never locked for ever. A round has `maxAttempts` attempts; when they are used
 * (and the quiz is not passed or not), the next round opens `retryAfterHours` after the last attempt, or at once when
 * a team leader, trainer or admin gives one. Pure, so the API and the web say the same thing.
 */
export interface QuizRoundFacts {
  /** Attempts per round; null for unlimited (then there are no rounds to wait for). */
  maxAttempts: number | null;
  retryAfterHours: number;
  /** The highest round with an attempt in it (0 when nothing was tried yet). */
  lastRound: number;
  /** Attempts made in that round. */
  usedInLastRound: number;
  /** When the last attempt of that round reached the server. */
  lastAttemptAt: Date | null;
  /** The highest round a helper gave (0 when none). */
  grantedRound: number;
  now: Date;
}

export interface QuizRoundState {
  /** The round the next attempt belongs to (or the finished one while waiting). */
  round: number;
  /** Attempts left in that round; null when unlimited. 0 means waiting. */
  attemptsLeft: number | null;
  /** While waiting: when the next round opens. */
  nextRoundAt: Date | null;
}

export function quizRoundState(f: QuizRoundFacts): QuizRoundState {
  const last = Math.max(f.lastRound, 0);
  if (f.maxAttempts === null) return { round: Math.max(last, 1), attemptsLeft: null, nextRoundAt: null };
  if (last === 0) return { round: 1, attemptsLeft: f.maxAttempts, nextRoundAt: null };
  if (f.usedInLastRound < f.maxAttempts) return { round: last, attemptsLeft: f.maxAttempts - f.usedInLastRound, nextRoundAt: null };
  const opensAt = new Date((f.lastAttemptAt ?? f.now).getTime() + f.retryAfterHours * 3_600_000);
  if (f.grantedRound > last || opensAt <= f.now) return { round: last + 1, attemptsLeft: f.maxAttempts, nextRoundAt: null };
  return { round: last, attemptsLeft: 0, nextRoundAt: opensAt };
}
