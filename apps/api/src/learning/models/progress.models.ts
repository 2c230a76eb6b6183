import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '../../catalog/models/localized-text.model.js';
import { LessonSummaryModel } from '../../catalog/models/lesson.model.js';
import { UserModel } from '../../identity/models/user.model.js';

export enum SyncStatus {
  APPLIED = 'APPLIED',
  DUPLICATE = 'DUPLICATE',
  REJECTED = 'REJECTED',
}
registerEnumType(SyncStatus, { name: 'SyncStatus' });

@ObjectType('LessonCompletion')
export class LessonCompletionModel {
  @Field(() => ID)
  lessonId!: string;

  @Field()
  completedAt!: Date;

  @Field(() => [ID], { description: 'Modules this event completed.' })
  completedModuleIds!: string[];

  @Field()
  courseCompleted!: boolean;
}

@ObjectType('OptionReview')
export class OptionReviewModel {
  @Field()
  id!: string;

  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field(() => LocalizedText)
  explanation!: LocalizedText;

  @Field(() => Boolean, { nullable: true, description: 'Shown once the quiz is passed or no attempt is left; null before.' })
  correct!: boolean | null;

  @Field()
  selected!: boolean;
}

@ObjectType('QuestionReview')
export class QuestionReviewModel {
  @Field()
  slug!: string;

  @Field(() => LocalizedText)
  prompt!: LocalizedText;

  @Field()
  correct!: boolean;

  @Field(() => [OptionReviewModel], { description: 'Options with their explanations.' })
  options!: OptionReviewModel[];
}

@ObjectType('QuizResult')
export class QuizResultModel {
  @Field(() => ID)
  attemptId!: string;

  @Field(() => ID)
  quizId!: string;

  @Field(() => Int)
  attemptNumber!: number;

  @Field(() => Int)
  correctCount!: number;

  @Field(() => Int)
  questionCount!: number;

  @Field(() => Float)
  score!: number;

  @Field()
  passed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Attempts left in this round; null when attempts are unlimited.' })
  attemptsLeft!: number | null;

  @Field(() => Int, { description: 'The round of attempts this one belongs to.' })
  round!: number;

  @Field(() => Date, { nullable: true, description: 'When this attempt used the last of its round: when the next round opens.' })
  nextRoundAt!: Date | null;

  @Field(() => [QuestionReviewModel])
  questions!: QuestionReviewModel[];

  @Field()
  moduleCompleted!: boolean;

  @Field()
  courseCompleted!: boolean;
}

@ObjectType('SyncResult')
export class SyncResultModel {
  @Field()
  clientEventId!: string;

  @Field(() => SyncStatus)
  status!: SyncStatus;

  @Field(() => LocalizedText, { nullable: true, description: 'Why the event was rejected.' })
  reason!: LocalizedText | null;

  @Field(() => LessonCompletionModel, { nullable: true })
  lesson!: LessonCompletionModel | null;

  @Field(() => QuizResultModel, { nullable: true })
  quiz!: QuizResultModel | null;
}

@ObjectType('ModuleProgress')
export class ModuleProgressModel {
  @Field(() => ID)
  moduleId!: string;

  @Field()
  slug!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => Int)
  lessonsDone!: number;

  @Field(() => Int)
  lessonsTotal!: number;

  @Field(() => [ID])
  completedLessonIds!: string[];

  @Field(() => ID, { nullable: true })
  quizId!: string | null;

  @Field(() => Float, { nullable: true })
  quizBestScore!: number | null;

  @Field(() => Int)
  quizAttempts!: number;

  @Field(() => Int, { nullable: true })
  quizMaxAttempts!: number | null;

  @Field(() => Int, { description: 'The round of quiz attempts the learner is in.' })
  quizRound!: number;

  @Field(() => Int, { nullable: true, description: 'Attempts left in the round (0: waiting for the next); null when unlimited.' })
  quizAttemptsLeft!: number | null;

  @Field(() => Date, { nullable: true, description: 'While waiting: when the next round opens.' })
  quizNextRoundAt!: Date | null;

  @Field()
  quizPassed!: boolean;

  @Field()
  completed!: boolean;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => LessonSummaryModel, { nullable: true, description: 'The first lesson of this module not done yet.' })
  nextLesson!: LessonSummaryModel | null;
}

@ObjectType('CourseProgress')
export class CourseProgressModel {
  @Field(() => ID)
  courseId!: string;

  @Field()
  courseSlug!: string;

  @Field()
  enrolled!: boolean;

  @Field(() => Int, { description: 'Lessons done and quizzes passed, out of all of them, in percent.' })
  percent!: number;

  @Field(() => [ModuleProgressModel])
  modules!: ModuleProgressModel[];

  @Field(() => LessonSummaryModel, { nullable: true, description: '"Continue where you left off".' })
  nextLesson!: LessonSummaryModel | null;

  @Field()
  completed!: boolean;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastActiveAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType('MemberProgress')
export class MemberProgressModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field()
  role!: string;

  @Field(() => CourseProgressModel)
  progress!: CourseProgressModel;
}

@ObjectType('LearnerQuizOption')
export class LearnerQuizOptionModel {
  @Field()
  id!: string;

  @Field(() => LocalizedText)
  text!: LocalizedText;
}

@ObjectType('LearnerQuizQuestion')
export class LearnerQuizQuestionModel {
  @Field()
  slug!: string;

  @Field({ description: 'single, multiple or true_false.' })
  type!: string;

  @Field(() => LocalizedText)
  prompt!: LocalizedText;

  @Field(() => [LearnerQuizOptionModel])
  options!: LearnerQuizOptionModel[];
}

@ObjectType('LearnerQuiz', { description: 'A quiz as a learner sees it: no correct answers in it.' })
export class LearnerQuizModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  moduleId!: string;

  @Field(() => LocalizedText)
  moduleTitle!: LocalizedText;

  @Field(() => Float)
  passingScore!: number;

  @Field(() => Int, { nullable: true })
  maxAttempts!: number | null;

  @Field(() => Int, { description: 'Attempts made, in every round.' })
  attemptsUsed!: number;

  @Field()
  passed!: boolean;

  @Field(() => Int, { description: 'The round of attempts the learner is in (a new one after the waiting time).' })
  round!: number;

  @Field(() => Int, { nullable: true, description: 'Attempts left in this round (0: waiting); null when unlimited.' })
  attemptsLeft!: number | null;

  @Field(() => Date, { nullable: true, description: 'While waiting: when the next round opens.' })
  nextRoundAt!: Date | null;

  @Field(() => Float, { description: 'Hours between rounds, from the course files.' })
  retryAfterHours!: number;

  @Field(() => [LessonSummaryModel], { description: "The module's lessons, to reread while waiting." })
  lessons!: LessonSummaryModel[];

  @Field(() => [LearnerQuizQuestionModel])
  questions!: LearnerQuizQuestionModel[];
}
