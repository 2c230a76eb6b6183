import { CreateCatalogTables1763856000000 } from './1763856000000-create-catalog-tables.js';
import { CreateAdminUnits1763856100000 } from './1763856100000-create-admin-units.js';
import { CreateIdentityAndTeams1763856200000 } from './1763856200000-create-identity-and-teams.js';
import { CreateLearning1763856300000 } from './1763856300000-create-learning.js';
import { AddCompletionFunctions1763856400000 } from './1763856400000-add-completion-functions.js';
import { AddContentRevision1764910000000 } from './1764910000000-add-content-revision.js';
import { CreateCertificates1764920000000 } from './1764920000000-create-certificates.js';
import { CreateReportRollups1764930000000 } from './1764930000000-create-report-rollups.js';
import { ProvinceLessonsAddToNational1764950000000 } from './1764950000000-province-lessons-add-to-national.js';
import { AddQuizRoundsAndPasswordResets1764960000000 } from './1764960000000-add-quiz-rounds-and-password-resets.js';
import { ReportTotalsAndCumulativeDays1764970000000 } from './1764970000000-report-totals-and-cumulative-days.js';
import { AddAuthoring1764980000000 } from './1764980000000-add-authoring.js';
import { ReportOutbox1764990000000 } from './1764990000000-report-outbox.js';
import { AddDraftImages1765000000000 } from './1765000000000-add-draft-images.js';

/** Every migration, in order. TypeORM runs the pending ones at start-up. */
export const migrations = [
  CreateCatalogTables1763856000000,
  CreateAdminUnits1763856100000,
  CreateIdentityAndTeams1763856200000,
  CreateLearning1763856300000,
  AddCompletionFunctions1763856400000,
  AddContentRevision1764910000000,
  CreateCertificates1764920000000,
  CreateReportRollups1764930000000,
  ProvinceLessonsAddToNational1764950000000,
  AddQuizRoundsAndPasswordResets1764960000000,
  ReportTotalsAndCumulativeDays1764970000000,
  AddAuthoring1764980000000,
  ReportOutbox1764990000000,
  AddDraftImages1765000000000,
];
