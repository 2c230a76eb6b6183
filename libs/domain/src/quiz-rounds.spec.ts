import { describe, expect, it } from '@jest/globals';
import { quizRoundState } from './quiz-rounds.js';

const now = new Date('2026-12-01T10:00:00Z');
const base = { maxAttempts: 3, retryAfterHours: 24, lastRound: 1, usedInLastRound: 0, lastAttemptAt: null, grantedRound: 0, now };

describe('quizRoundState', () => {
  it('starts in round 1 with every attempt', () => {
    expect(quizRoundState({ ...base, lastRound: 0 })).toEqual({ round: 1, attemptsLeft: 3, nextRoundAt: null });
  });

  it('counts the attempts left in the round', () => {
    expect(quizRoundState({ ...base, usedInLastRound: 2, lastAttemptAt: now })).toEqual({ round: 1, attemptsLeft: 1, nextRoundAt: null });
  });

  it('waits the hours from the course files after the last attempt of a round', () => {
    const last = new Date('2026-12-01T09:00:00Z');
    expect(quizRoundState({ ...base, usedInLastRound: 3, lastAttemptAt: last })).toEqual({
      round: 1,
      attemptsLeft: 0,
      nextRoundAt: new Date('2026-12-02T09:00:00Z'),
    });
  });

  it('opens the next round once the waiting time is over', () => {
    const last = new Date('2026-11-30T09:59:59Z');
    expect(quizRoundState({ ...base, usedInLastRound: 3, lastAttemptAt: last })).toEqual({ round: 2, attemptsLeft: 3, nextRoundAt: null });
  });

  it('opens the next round at once when a helper gave it', () => {
    expect(quizRoundState({ ...base, usedInLastRound: 3, lastAttemptAt: now, grantedRound: 2 })).toEqual({
      round: 2,
      attemptsLeft: 3,
      nextRoundAt: null,
    });
  });

  it('a grant for a round already used does not open another', () => {
    expect(quizRoundState({ ...base, lastRound: 2, usedInLastRound: 3, lastAttemptAt: now, grantedRound: 2 }).attemptsLeft).toBe(0);
  });

  it('has no rounds when attempts are unlimited', () => {
    expect(quizRoundState({ ...base, maxAttempts: null, usedInLastRound: 40 })).toEqual({
      round: 1,
      attemptsLeft: null,
      nextRoundAt: null,
    });
  });
});
