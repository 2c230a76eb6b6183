import { Module, type OnModuleInit } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { OrgModule } from '../org/org.module.js';
import { TeamsService } from '../org/teams.service.js';
import { LearningResolver } from './learning.resolver.js';
import { ProgressReaderService } from './progress-reader.service.js';
import { ProgressService } from './progress.service.js';
import { QuizRoundsService } from './quiz-rounds.service.js';

/** Enrolments, lesson progress, quizzes, completion and offline sync. */
@Module({
  imports: [CatalogModule, OrgModule],
  providers: [ProgressService, ProgressReaderService, QuizRoundsService, LearningResolver],
  exports: [ProgressService, ProgressReaderService],
})
export class LearningModule implements OnModuleInit {
  constructor(private readonly teams: TeamsService) {}

  /** Joining a team enrols the person in every course, in the same transaction as the membership. */
  onModuleInit(): void {
    this.teams.onMemberJoined(async (em, userId) => {
      await em.query(
        `INSERT INTO enrollments (user_id, course_id) SELECT $1, id FROM courses ON CONFLICT (user_id, course_id) DO NOTHING`,
        [userId],
      );
    });
  }
}
