import { Injectable } from '@nestjs/common';
import { normalizePhone, quizRoundState, type QuizRoundState } from '@lantoa/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { loadHelpedPerson, mayGiveQuizRound, type HelpedPerson } from '../identity/helper-policy.js';
import type { Viewer } from '../identity/viewer.js';
import type { GrantQuizRoundInput } from './dto/quiz-round.input.js';
import type { QuizRoundGrantModel } from './models/quiz-round.models.js';
import { QUIZ_ROUND_FACTS_SQL, type QuizRoundFactsRow } from './quiz-rounds.sql.js';

/** Rounds of quiz attempts: where a learner stands, and a new round given at once by a helper (recorded). */
@Injectable()
export class QuizRoundsService {
  constructor(private readonly dataSource: DataSource) {}

  async state(db: DataSource | EntityManager, userId: string, quizId: string, now = new Date()): Promise<QuizRoundState> {
    const [row] = await db.query<QuizRoundFactsRow[]>(QUIZ_ROUND_FACTS_SQL, [userId, quizId]);
    if (!row) throw DomainError.notFound('progress.unknownQuiz');
    return fromFacts(row, now);
  }

  /**
   * The learner with this phone, for a helper who may give them a round (a trainer or admin finds people by phone;
   * a leader also from the team page). Null when there is nobody with that phone or they are out of the helper's
   * reach: someone who may not help a person learns nothing about them, not even whether they exist.
   */
  async findLearner(viewer: Viewer, phone: string): Promise<(HelpedPerson & { provinceCode: string | null }) | null> {
    const helper = viewer.roles.some((r) => ['TEAM_LEADER', 'TRAINER', 'PROVINCE_ADMIN', 'NATIONAL_ADMIN'].includes(r));
    if (!helper) throw DomainError.forbidden();
    const e164 = normalizePhone(phone);
    if (!e164) throw DomainError.invalid([{ field: 'phone', messageKey: 'phone.invalid' }]);
    const [user] = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM users WHERE phone = $1`, [e164]);
    const person = user ? await loadHelpedPerson(this.dataSource, user.id) : null;
    if (!person || !mayGiveQuizRound(viewer, person)) return null;
    const provinceCode = /^g2025\.p(\d{2})/.exec(person.communePath ?? person.teamPath ?? '')?.[1] ?? null;
    return { ...person, provinceCode };
  }

  /**
   * Gives the learner the next round now, when they are waiting for one. Serialised with their own submissions by
   * the lock on their enrolment, so a round is never given twice nor while they still have attempts.
   */
  async grant(viewer: Viewer, input: GrantQuizRoundInput): Promise<QuizRoundGrantModel> {
    const person = await loadHelpedPerson(this.dataSource, input.userId);
    // Someone who may not help this person learns nothing about them, not even whether they exist.
    if (!person || !mayGiveQuizRound(viewer, person)) throw DomainError.forbidden();
    const [quiz] = /^[0-9a-f-]{36}$/i.test(input.quizId)
      ? await this.dataSource.query<{ course_id: string }[]>(
          `SELECT m.course_id FROM quizzes q JOIN course_modules m ON m.id = q.module_id WHERE q.id = $1 AND q.archived_at IS NULL`,
          [input.quizId],
        )
      : [];
    if (!quiz) throw DomainError.notFound('progress.unknownQuiz');
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT 1 FROM enrollments WHERE user_id = $1 AND course_id = $2 FOR UPDATE`, [person.id, quiz.course_id]);
      const state = await this.state(em, person.id, input.quizId);
      if (state.attemptsLeft !== 0) throw new DomainError('CONFLICT', 'quizRound.notWaiting');
      const round = state.round + 1;
      const [row] = await em.query<{ created_at: Date }[]>(
        `INSERT INTO quiz_round_grants (user_id, quiz_id, round_number, granted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, quiz_id, round_number) DO UPDATE SET round_number = EXCLUDED.round_number
         RETURNING created_at`,
        [person.id, input.quizId, round, viewer.actorId],
      );
      return { userId: person.id, quizId: input.quizId, round, grantedAt: row!.created_at };
    });
  }
}

export function fromFacts(row: QuizRoundFactsRow, now: Date): QuizRoundState {
  return quizRoundState({
    maxAttempts: row.max_attempts,
    retryAfterHours: row.retry_after_hours,
    lastRound: row.last_round,
    usedInLastRound: row.used_in_last_round,
    lastAttemptAt: row.last_attempt_at ? new Date(row.last_attempt_at) : null,
    grantedRound: row.granted_round,
    now,
  });
}
