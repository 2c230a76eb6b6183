import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { message } from '../errors/messages.js';
import { DomainError } from '../errors/domain-error.js';
import { CurrentViewer } from '../identity/decorators.js';
import type { Viewer } from '../identity/viewer.js';
import { TeamsService } from '../org/teams.service.js';
import { CompleteLessonInput, ProgressEventKind, SubmitQuizInput, SyncProgressInput } from './dto/progress.inputs.js';
import {
  CourseProgressModel,
  LearnerQuizModel,
  LessonCompletionModel,
  MemberProgressModel,
  QuizResultModel,
  SyncResultModel,
  SyncStatus,
} from './models/progress.models.js';
import { GrantQuizRoundInput } from './dto/quiz-round.input.js';
import { LearnerQuizRoundsModel, QuizRoundGrantModel } from './models/quiz-round.models.js';
import { ProgressReaderService } from './progress-reader.service.js';
import { QuizRoundsService } from './quiz-rounds.service.js';
import { ProgressService, toDomainError, type LessonEvent, type Outcome } from './progress.service.js';

const MAX_BATCH = 100;

@Resolver()
export class LearningResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly reader: ProgressReaderService,
    private readonly teams: TeamsService,
    private readonly rounds: QuizRoundsService,
  ) {}

  @Mutation(() => CourseProgressModel, { description: 'Team members are enrolled when they join a team; anyone else enrolls here.' })
  async enroll(@Args('courseSlug') courseSlug: string, @CurrentViewer() viewer: Viewer): Promise<CourseProgressModel> {
    await this.reader.enroll(viewer.userId, courseSlug);
    return this.mine(viewer, courseSlug);
  }

  @Mutation(() => LessonCompletionModel, { description: 'Idempotent by clientEventId.' })
  async completeLesson(@Args('input') input: CompleteLessonInput, @CurrentViewer() viewer: Viewer): Promise<LessonCompletionModel> {
    const [outcome] = await this.progress.completeLessons(viewer, [
      { clientEventId: input.clientEventId, lessonId: input.lessonId, occurredAt: input.occurredAt ?? new Date() },
    ]);
    return unwrap(outcome!);
  }

  @Mutation(() => QuizResultModel, { description: 'Graded on the server; idempotent by clientEventId.' })
  async submitQuiz(@Args('input') input: SubmitQuizInput, @CurrentViewer() viewer: Viewer): Promise<QuizResultModel> {
    return unwrap(await this.progress.submitQuiz(viewer, { ...input, occurredAt: input.occurredAt ?? new Date() }));
  }

  @Mutation(() => [SyncResultModel], { description: 'Applies queued offline events (any order); reports each one.' })
  async syncProgress(@Args('input') input: SyncProgressInput, @CurrentViewer() viewer: Viewer): Promise<SyncResultModel[]> {
    if (input.events.length > MAX_BATCH)
      throw DomainError.invalid([{ field: 'events', messageKey: 'progress.tooManyEvents', params: { max: MAX_BATCH } }]);
    const results = new Map<number, SyncResultModel>();
    const lessonEvents: { index: number; event: LessonEvent }[] = [];
    input.events.forEach((e, index) => {
      if (e.kind === ProgressEventKind.LESSON_COMPLETED) {
        if (e.lessonId)
          lessonEvents.push({ index, event: { clientEventId: e.clientEventId, lessonId: e.lessonId, occurredAt: e.occurredAt } });
        else results.set(index, rejected(e.clientEventId, message('progress.missingField', { field: 'lessonId' })));
      }
    });
    const lessonOutcomes = await this.progress.completeLessons(
      viewer,
      lessonEvents.map((l) => l.event),
    );
    lessonEvents.forEach(({ index, event }, i) => results.set(index, toSync(event.clientEventId, lessonOutcomes[i]!, 'lesson')));
    // Quiz submissions in the order they happened on the device, so attempts are numbered as they were taken.
    const quizzes = input.events.map((e, index) => ({ e, index })).filter(({ e }) => e.kind === ProgressEventKind.QUIZ_SUBMITTED);
    quizzes.sort((a, b) => a.e.occurredAt.getTime() - b.e.occurredAt.getTime());
    for (const { e, index } of quizzes) {
      if (!e.quizId || !e.answers) {
        results.set(index, rejected(e.clientEventId, message('progress.missingField', { field: e.quizId ? 'answers' : 'quizId' })));
        continue;
      }
      const outcome = await this.progress.submitQuiz(viewer, {
        clientEventId: e.clientEventId,
        quizId: e.quizId,
        answers: e.answers,
        occurredAt: e.occurredAt,
      });
      results.set(index, toSync(e.clientEventId, outcome, 'quiz'));
    }
    return input.events.map((_, index) => results.get(index)!);
  }

  @Mutation(() => QuizRoundGrantModel, {
    description: 'A new round of quiz attempts at once, for a learner who is waiting: their team leader, a trainer or admin in scope.',
  })
  grantQuizRound(@Args('input') input: GrantQuizRoundInput, @CurrentViewer() viewer: Viewer): Promise<QuizRoundGrantModel> {
    return this.rounds.grant(viewer, input);
  }

  @Query(() => CourseProgressModel)
  myProgress(@Args('courseSlug') courseSlug: string, @CurrentViewer() viewer: Viewer): Promise<CourseProgressModel> {
    return this.mine(viewer, courseSlug);
  }

  @Query(() => LearnerQuizRoundsModel, {
    nullable: true,
    description: 'For team leaders, trainers and admins: a learner they may give a new quiz round, by phone; null when none.',
  })
  async learnerQuizRounds(
    @Args('phone') phone: string,
    @Args('courseSlug') courseSlug: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LearnerQuizRoundsModel | null> {
    const person = await this.rounds.findLearner(viewer, phone);
    if (!person) return null;
    const progress = await this.reader.progress(courseSlug, [{ userId: person.id, provinceCode: person.provinceCode }]);
    return { userId: person.id, fullName: person.fullName, progress: progress.get(person.id)! };
  }

  @Query(() => [MemberProgressModel], { description: 'Team leaders (their team), province admins (their province), national admins.' })
  async teamProgress(
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('courseSlug') courseSlug: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberProgressModel[]> {
    const team = await this.teams.get(viewer, teamId);
    if (!viewer.leads(teamId) && !viewer.canManageUnit(team.communePath)) throw DomainError.forbidden();
    const members = await this.teams.members(teamId);
    const provinces = await this.teams.memberProvinces(teamId);
    const progress = await this.reader.progress(
      courseSlug,
      members.map((m) => ({ userId: m.user.id, provinceCode: provinces.get(m.user.id) ?? null })),
    );
    return members.map((m) => ({ user: m.user, role: m.role, progress: progress.get(m.user.id)! }));
  }

  @Query(() => LearnerQuizModel, { description: 'A quiz to take (no answers in it); needs an account.' })
  quiz(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer): Promise<LearnerQuizModel> {
    return this.reader.learnerQuiz(viewer.userId, id);
  }

  private async mine(viewer: Viewer, courseSlug: string): Promise<CourseProgressModel> {
    return (await this.reader.progress(courseSlug, [{ userId: viewer.userId, provinceCode: viewer.provinceCode }])).get(viewer.userId)!;
  }
}

function unwrap<T>(outcome: Outcome<T>): T {
  const error = toDomainError(outcome);
  if (error) throw error;
  return (outcome as { value: T }).value;
}

function rejected(clientEventId: string, reason: { vi: string; en: string }): SyncResultModel {
  return { clientEventId, status: SyncStatus.REJECTED, reason, lesson: null, quiz: null };
}

function toSync(clientEventId: string, outcome: Outcome<unknown>, kind: 'lesson' | 'quiz'): SyncResultModel {
  if (outcome.status === 'REJECTED') return rejected(clientEventId, message(outcome.reason, outcome.params));
  return {
    clientEventId,
    status: outcome.status === 'APPLIED' ? SyncStatus.APPLIED : SyncStatus.DUPLICATE,
    reason: null,
    lesson: kind === 'lesson' ? (outcome.value as LessonCompletionModel) : null,
    quiz: kind === 'quiz' ? (outcome.value as QuizResultModel) : null,
  };
}
