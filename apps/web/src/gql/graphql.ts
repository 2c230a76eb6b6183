/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddTeamMemberInput = {
  /** Used when the phone has no account yet (a pending account is created). */
  fullName: string;
  leader?: boolean;
  phone: string;
  teamId: string | number;
};

export type CertificateStatus =
  | 'REPLACED'
  | 'REVOKED'
  | 'VALID';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CompletionReportInput = {
  courseSlug: string;
  /** First day counted (YYYY-MM-DD, Vietnam time), inclusive. */
  from?: string | null | undefined;
  /** VN (the nation, the default), a province code (2 digits), a commune code (5 digits) or a team id. */
  scopeCode?: string | null | undefined;
  /** Last day counted (YYYY-MM-DD, Vietnam time), inclusive. */
  to?: string | null | undefined;
};

export type CreatePasswordResetCodeInput = {
  /** Also send the code by text message (only where an SMS driver is available). */
  sendSms?: boolean | null | undefined;
  /** The person who forgot their password. */
  userId: string | number;
};

export type CreateTeamInput = {
  /** Official code of the commune / ward (5 digits). */
  communeCode: string;
  name: string;
  /** Village or residential group (thôn / tổ dân phố). */
  village?: string | null | undefined;
};

export type DraftStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'DISCARDED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type GrantQuizRoundInput = {
  quizId: string | number;
  /** The learner waiting for a new round. */
  userId: string | number;
};

export type ImportTeamMembersInput = {
  /** CSV text with a header line: so_dien_thoai (or "Số điện thoại"), ho_ten (or "Họ và tên"), and optionally vai_tro ("Tổ trưởng" / empty). Give this or xlsx. */
  csv?: string | null | undefined;
  teamId: string | number;
  /** An Excel workbook (.xlsx), base64: its first sheet, with the same columns as csv. */
  xlsx?: string | null | undefined;
};

export type ProgressEventInput = {
  answers?: Array<QuizAnswerInput> | null | undefined;
  clientEventId: string;
  kind: ProgressEventKind;
  lessonId?: string | number | null | undefined;
  occurredAt: unknown;
  quizId?: string | number | null | undefined;
};

export type ProgressEventKind =
  | 'LESSON_COMPLETED'
  | 'QUIZ_SUBMITTED';

export type PublishDraftInput = {
  draftId: string | number;
  /** What changed, for the version list. */
  note?: string | null | undefined;
};

export type QuizAnswerInput = {
  /** Chosen option ids (one for single choice and true/false). */
  optionIds: Array<string>;
  questionSlug: string;
};

export type QuizOptionInput = {
  correct: boolean;
  explanation: string;
  id: string;
  text: string;
};

export type QuizQuestionInput = {
  options: Array<QuizOptionInput>;
  prompt: string;
  situation?: boolean;
  slug: string;
  /** single | multiple | true_false */
  type: string;
};

export type ReissueCertificateInput = {
  /** The corrected full name; the old certificate becomes REPLACED and points to the new one. */
  fullName: string;
  serial: string;
};

export type ReportLevel =
  | 'COMMUNE'
  | 'NATION'
  | 'PROVINCE'
  | 'TEAM';

export type ReportRowKind =
  | 'CITIZENS'
  | 'COMMUNE'
  | 'PROVINCE'
  | 'TEAM'
  | 'TOTAL';

export type ResetPasswordWithCodeInput = {
  /** The one-time code the team leader or admin gave. */
  code: string;
  newPassword: string;
  phone: string;
};

export type RestoreContentVersionInput = {
  note?: string | null | undefined;
  versionId: string | number;
};

export type ReviewDecision =
  | 'APPROVE'
  | 'SEND_BACK';

export type ReviewDraftInput = {
  /** Required when sending back. */
  comment?: string | null | undefined;
  decision: ReviewDecision;
  draftId: string | number;
};

export type RevokeCertificateInput = {
  /** Why (5–500 characters); shown to anyone who verifies the certificate. */
  reason: string;
  serial: string;
};

export type SaveLessonDraftInput = {
  /** True archives the lesson (progress on it is kept). */
  archived?: boolean | null | undefined;
  /** Markdown. */
  body: string;
  courseSlug: string;
  /** Put this change in an open draft with others (e.g. lessons renumbered together); they are published together. */
  draftId?: string | number | null | undefined;
  /** The lesson; a slug not in the course makes a new lesson (moduleSlug then required). */
  lessonSlug: string;
  minutes: number;
  /** New lessons: the module. */
  moduleSlug?: string | null | undefined;
  objectives: Array<string>;
  /** Order number (the file prefix); changing it reorders. */
  position?: number | null | undefined;
  /** New lessons: the province whose part of the module it adds to (else national). */
  provinceCode?: string | null | undefined;
  /** The revision the editor opened (LessonDraft.revision); a stale one is refused with both texts. */
  revision: string;
  title: string;
};

export type SaveQuizDraftInput = {
  courseSlug: string;
  maxAttempts?: number | null | undefined;
  moduleSlug: string;
  passingScore?: number | null | undefined;
  provinceCode?: string | null | undefined;
  /** In order; leaving a question out archives it. */
  questions: Array<QuizQuestionInput>;
  retryAfterHours?: number | null | undefined;
  revision: string;
  title?: string | null | undefined;
};

export type SetTeamLeaderInput = {
  leader: boolean;
  teamId: string | number;
  userId: string | number;
};

export type SignInInput = {
  password: string;
  phone: string;
};

export type SignUpInput = {
  /** Official code of the current commune / ward (5 digits). */
  communeCode: string;
  fullName: string;
  /** At least 8 characters. */
  password: string;
  /** Vietnamese mobile number: 0912345678, +84912345678, with or without spaces. */
  phone: string;
};

export type SubmitDraftInput = {
  draftId: string | number;
};

export type SubmitQuizInput = {
  answers: Array<QuizAnswerInput>;
  clientEventId: string;
  occurredAt?: unknown;
  quizId: string | number;
};

export type SyncProgressInput = {
  /** Up to 100 events queued on the device, in any order. */
  events: Array<ProgressEventInput>;
};

export type SyncStatus =
  | 'APPLIED'
  | 'DUPLICATE'
  | 'REJECTED';

export type TeamMemberRefInput = {
  teamId: string | number;
  userId: string | number;
};

export type TeamsFilterInput = {
  communeCode?: string | null | undefined;
  limit?: number;
  offset?: number;
  provinceCode?: string | null | undefined;
};

/** What a verifier is told: valid, revoked (with date and reason), replaced (by a newer serial) or unknown. */
export type VerificationResult =
  | 'REPLACED'
  | 'REVOKED'
  | 'UNKNOWN'
  | 'VALID';

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, user: { id: string, fullName: string, phone: string } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string, user: { id: string, fullName: string, phone: string, roles: Array<string> } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string, user: { id: string, fullName: string, phone: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, phone: string, fullName: string, status: string, roles: Array<string>, commune: { code: string, name: string, province: { code: string, name: string } | null } | null, grants: Array<{ role: string, scopeCode: string | null }>, teamHistory: Array<{ role: string, joinedAt: unknown, leftAt: unknown, team: { id: string, name: string } }> } };

export type ResetPasswordWithCodeMutationVariables = Exact<{
  input: ResetPasswordWithCodeInput;
}>;


export type ResetPasswordWithCodeMutation = { resetPasswordWithCode: boolean };

export type CreatePasswordResetCodeMutationVariables = Exact<{
  input: CreatePasswordResetCodeInput;
}>;


export type CreatePasswordResetCodeMutation = { createPasswordResetCode: { userId: string, fullName: string, code: string, expiresAt: unknown } };

export type AuthoringCourseQueryVariables = Exact<{
  courseSlug: string;
}>;


export type AuthoringCourseQuery = { authoringCourse: { courseSlug: string, national: boolean, provinces: Array<string>, modules: Array<{ slug: string, title: string, provinces: Array<string>, hasTemplate: boolean, editableQuizzes: Array<string>, lessons: Array<{ slug: string, title: string, position: number, provinceCode: string | null, canEdit: boolean, draftId: string | null }> }> } };

export type LessonDraftQueryVariables = Exact<{
  courseSlug: string;
  lessonSlug: string;
}>;


export type LessonDraftQuery = { lessonDraft: { courseSlug: string, lessonSlug: string, moduleSlug: string, provinceCode: string | null, position: number, path: string, title: string, minutes: number, objectives: Array<string>, body: string, archived: boolean, revision: string, text: string, publishedText: string | null, problems: Array<{ path: string, field: string | null, code: string, message: string }>, draft: { id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }>, images: Array<{ path: string, change: string }> } | null } };

export type SaveLessonDraftMutationVariables = Exact<{
  input: SaveLessonDraftInput;
}>;


export type SaveLessonDraftMutation = { saveLessonDraft: { lesson: { courseSlug: string, lessonSlug: string, moduleSlug: string, provinceCode: string | null, position: number, path: string, title: string, minutes: number, objectives: Array<string>, body: string, archived: boolean, revision: string, text: string, publishedText: string | null, problems: Array<{ path: string, field: string | null, code: string, message: string }>, draft: { id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }>, images: Array<{ path: string, change: string }> } | null }, conflict: { message: string, yours: string, theirs: string, revision: string } | null } };

export type QuizDraftQueryVariables = Exact<{
  courseSlug: string;
  moduleSlug: string;
  provinceCode?: string | null | undefined;
}>;


export type QuizDraftQuery = { quizDraft: { courseSlug: string, moduleSlug: string, provinceCode: string | null, path: string, title: string | null, passingScore: number | null, maxAttempts: number | null, retryAfterHours: number | null, revision: string, text: string, publishedText: string | null, questions: Array<{ slug: string, type: string, situation: boolean, prompt: string, options: Array<{ id: string, text: string, correct: boolean, explanation: string }> }>, problems: Array<{ path: string, field: string | null, code: string, message: string }>, draft: { id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }> } | null } };

export type SaveQuizDraftMutationVariables = Exact<{
  input: SaveQuizDraftInput;
}>;


export type SaveQuizDraftMutation = { saveQuizDraft: { quiz: { courseSlug: string, moduleSlug: string, provinceCode: string | null, path: string, title: string | null, passingScore: number | null, maxAttempts: number | null, retryAfterHours: number | null, revision: string, text: string, publishedText: string | null, questions: Array<{ slug: string, type: string, situation: boolean, prompt: string, options: Array<{ id: string, text: string, correct: boolean, explanation: string }> }>, problems: Array<{ path: string, field: string | null, code: string, message: string }>, draft: { id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }> } | null }, conflict: { message: string, yours: string, theirs: string, revision: string } | null } };

export type ContentDraftsQueryVariables = Exact<{
  courseSlug: string;
}>;


export type ContentDraftsQuery = { contentDrafts: Array<{ id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }>, images: Array<{ path: string, change: string }>, problems: Array<{ path: string, field: string | null, message: string }> }> };

export type SubmitDraftMutationVariables = Exact<{
  input: SubmitDraftInput;
}>;


export type SubmitDraftMutation = { submitDraft: { id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }> } };

export type ReviewDraftMutationVariables = Exact<{
  input: ReviewDraftInput;
}>;


export type ReviewDraftMutation = { reviewDraft: { id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }> } };

export type PublishDraftMutationVariables = Exact<{
  input: PublishDraftInput;
}>;


export type PublishDraftMutation = { publishDraft: { id: string, courseSlug: string, provinceCode: string | null, title: string, status: DraftStatus, authorName: string | null, reviewerName: string | null, reviewComment: string | null, submittedAt: unknown, updatedAt: unknown, mine: boolean, canReview: boolean, files: Array<{ path: string, change: string, before: string | null, after: string | null }> } };

export type ContentVersionsQueryVariables = Exact<{
  courseSlug: string;
}>;


export type ContentVersionsQuery = { contentVersions: Array<{ id: string, number: number, kind: string, authorName: string | null, reviewerName: string | null, note: string | null, restoredFrom: number | null, changed: Array<string>, createdAt: unknown }> };

export type RestoreContentVersionMutationVariables = Exact<{
  input: RestoreContentVersionInput;
}>;


export type RestoreContentVersionMutation = { restoreContentVersion: { id: string, number: number } };

export type ModulePreviewQueryVariables = Exact<{
  courseSlug: string;
  moduleSlug: string;
  provinceCode?: string | null | undefined;
  draftId?: string | number | null | undefined;
}>;


export type ModulePreviewQuery = { modulePreview: { courseSlug: string, moduleSlug: string, provinceCode: string | null, title: string, draftId: string | null, quizQuestionCount: number | null, provinceQuestionCount: number, lessons: Array<{ slug: string, title: string, minutes: number, position: number, provinceCode: string | null, changed: boolean }> } };

export type OpenDraftsQueryVariables = Exact<{
  courseSlug: string;
}>;


export type OpenDraftsQuery = { contentDrafts: Array<{ id: string, title: string, status: DraftStatus, mine: boolean, provinceCode: string | null, updatedAt: unknown }> };

export type MyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCertificatesQuery = { myCertificates: Array<{ serial: string, status: CertificateStatus, holderName: string, courseTitle: string, issuer: string, completedAt: unknown }> };

export type CertificateQueryVariables = Exact<{
  serial: string;
}>;


export type CertificateQuery = { certificate: { serial: string, status: CertificateStatus, holderName: string, courseTitle: string, issuer: string, completedAt: unknown, verifyUrl: string, qrUrl: string, revokedAt: unknown, revokedReason: string | null, replacedBySerial: string | null, modules: Array<{ position: number, title: string, provinceCode: string | null, variantTitle: string | null }> } | null };

export type VerifyCertificateQueryVariables = Exact<{
  serial: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { serial: string, result: VerificationResult, holderName: string | null, courseTitle: string | null, completedAt: unknown, issuer: string | null, revokedAt: unknown, revokedReason: string | null, replacedBySerial: string | null, modules: Array<{ position: number, provinceCode: string | null }> } };

export type RevokeCertificateMutationVariables = Exact<{
  input: RevokeCertificateInput;
}>;


export type RevokeCertificateMutation = { revokeCertificate: { serial: string, status: CertificateStatus, revokedAt: unknown, revokedReason: string | null } };

export type ReissueCertificateMutationVariables = Exact<{
  input: ReissueCertificateInput;
}>;


export type ReissueCertificateMutation = { reissueCertificate: { serial: string, status: CertificateStatus, holderName: string } };

export type CourseOutlineQueryVariables = Exact<{
  slug: string;
  provinceCode?: string | null | undefined;
}>;


export type CourseOutlineQuery = { course: { id: string, slug: string, totalMinutes: number, title: { vi: string, en: string | null }, summary: { vi: string, en: string | null }, modules: Array<{ id: string, slug: string, position: number, provinceCode: string | null, totalMinutes: number, downloadBytes: number, title: { vi: string, en: string | null }, summary: { vi: string, en: string | null }, lessons: Array<{ id: string, slug: string, minutes: number, title: { vi: string, en: string | null } }>, quiz: { id: string, questionCount: number, passingScore: number, maxAttempts: number | null } | null, variants: Array<{ provinceCode: string, title: { vi: string, en: string | null } | null }> }> } | null };

export type CoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesQuery = { courses: Array<{ id: string, slug: string, moduleCount: number, lessonCount: number, totalMinutes: number, title: { vi: string, en: string | null }, summary: { vi: string, en: string | null } }> };

export type MyProgressQueryVariables = Exact<{
  courseSlug: string;
}>;


export type MyProgressQuery = { myProgress: { courseSlug: string, percent: number, completed: boolean, nextLesson: { id: string, slug: string, title: { vi: string, en: string | null } } | null, modules: Array<{ moduleId: string, slug: string, lessonsDone: number, lessonsTotal: number, completedLessonIds: Array<string>, quizId: string | null, quizBestScore: number | null, quizAttempts: number, quizMaxAttempts: number | null, quizPassed: boolean, completed: boolean, nextLesson: { id: string, slug: string, title: { vi: string, en: string | null } } | null }> } };

export type QuizQueryVariables = Exact<{
  id: string | number;
}>;


export type QuizQuery = { quiz: { id: string, moduleId: string, passingScore: number, maxAttempts: number | null, attemptsUsed: number, attemptsLeft: number | null, round: number, nextRoundAt: unknown, retryAfterHours: number, passed: boolean, moduleTitle: { vi: string, en: string | null }, lessons: Array<{ id: string, slug: string, title: { vi: string, en: string | null } }>, questions: Array<{ slug: string, type: string, prompt: { vi: string, en: string | null }, options: Array<{ id: string, text: { vi: string, en: string | null } }> }> } };

export type SubmitQuizMutationVariables = Exact<{
  input: SubmitQuizInput;
}>;


export type SubmitQuizMutation = { submitQuiz: { quizId: string, attemptNumber: number, attemptsLeft: number | null, score: number, passed: boolean, correctCount: number, questionCount: number, moduleCompleted: boolean, courseCompleted: boolean, questions: Array<{ slug: string, correct: boolean, prompt: { vi: string, en: string | null }, options: Array<{ id: string, selected: boolean, correct: boolean | null, text: { vi: string, en: string | null }, explanation: { vi: string, en: string | null } }> }> } };

export type LessonQueryVariables = Exact<{
  courseSlug: string;
  lessonSlug: string;
  provinceCode?: string | null | undefined;
}>;


export type LessonQuery = { lesson: { id: string, slug: string, minutes: number, body: string, provinceCode: string | null, title: { vi: string, en: string | null }, objectives: Array<{ vi: string, en: string | null }>, moduleTitle: { vi: string, en: string | null }, previous: { slug: string, title: { vi: string, en: string | null } } | null, next: { slug: string, title: { vi: string, en: string | null } } | null } | null };

export type MyReportScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReportScopeQuery = { myReportScope: string | null };

export type CompletionReportQueryVariables = Exact<{
  input: CompletionReportInput;
}>;


export type CompletionReportQuery = { completionReport: { from: string | null, to: string | null, scope: { code: string, level: ReportLevel, name: string }, breadcrumbs: Array<{ code: string, level: ReportLevel, name: string }>, modules: Array<{ id: string, position: number, title: { vi: string, en: string | null } }>, totals: { kind: ReportRowKind, name: string, scopeCode: string | null, teamMembers: { registered: number, enrolled: number, started: number, modulesCompleted: Array<number>, courseCompleted: number, certificatesIssued: number, completionRate: number | null }, citizens: { registered: number, enrolled: number, started: number, modulesCompleted: Array<number>, courseCompleted: number, certificatesIssued: number, completionRate: number | null } }, rows: Array<{ kind: ReportRowKind, name: string, scopeCode: string | null, teamMembers: { registered: number, enrolled: number, started: number, modulesCompleted: Array<number>, courseCompleted: number, certificatesIssued: number, completionRate: number | null }, citizens: { registered: number, enrolled: number, started: number, modulesCompleted: Array<number>, courseCompleted: number, certificatesIssued: number, completionRate: number | null } }>, members: Array<{ userId: string, fullName: string, phoneMasked: string, role: string, enrolled: boolean, modulesCompleted: number, courseCompleted: boolean, lastActiveAt: unknown }> | null } };

export type CompletionTimeSeriesQueryVariables = Exact<{
  input: CompletionReportInput;
}>;


export type CompletionTimeSeriesQuery = { completionTimeSeries: { weeks: Array<{ weekStart: string, teamMemberModules: number, teamMemberCourses: number, citizenModules: number, citizenCourses: number }> } };

export type ModuleFunnelQueryVariables = Exact<{
  input: CompletionReportInput;
}>;


export type ModuleFunnelQuery = { moduleFunnel: { steps: Array<{ teamMembersReached: number, teamMembersPassedQuiz: number, teamMembersCompleted: number, citizensReached: number, citizensPassedQuiz: number, citizensCompleted: number, module: { id: string, position: number, title: { vi: string, en: string | null } } }> } };

export type TeamsQueryVariables = Exact<{
  filter?: TeamsFilterInput | null | undefined;
}>;


export type TeamsQuery = { teams: { total: number, items: Array<{ id: string, name: string, village: string | null, memberCount: number, commune: { code: string, name: string, province: { code: string, name: string } | null } }> } };

export type TeamQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamQuery = { team: { id: string, name: string, village: string | null, memberCount: number, commune: { code: string, name: string, province: { code: string, name: string } | null }, members: Array<{ role: string, joinedAt: unknown, user: { id: string, fullName: string, phone: string, status: string } }> } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { id: string, name: string } };

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;


export type AddTeamMemberMutation = { addTeamMember: { role: string, user: { id: string, fullName: string } } };

export type RemoveTeamMemberMutationVariables = Exact<{
  input: TeamMemberRefInput;
}>;


export type RemoveTeamMemberMutation = { removeTeamMember: boolean };

export type SetTeamLeaderMutationVariables = Exact<{
  input: SetTeamLeaderInput;
}>;


export type SetTeamLeaderMutation = { setTeamLeader: { role: string, user: { id: string, fullName: string } } };

export type ImportTeamMembersMutationVariables = Exact<{
  input: ImportTeamMembersInput;
}>;


export type ImportTeamMembersMutation = { importTeamMembers: { imported: number, failed: number, rows: Array<{ line: number, phone: string, fullName: string, ok: boolean, error: { vi: string, en: string | null } | null }> } };

export type TeamProgressQueryVariables = Exact<{
  teamId: string | number;
  courseSlug: string;
}>;


export type TeamProgressQuery = { teamProgress: Array<{ role: string, user: { id: string, fullName: string }, progress: { percent: number, completed: boolean, lastActiveAt: unknown, modules: Array<{ moduleId: string, completed: boolean, quizId: string | null, quizPassed: boolean, quizAttemptsLeft: number | null, quizNextRoundAt: unknown, title: { vi: string, en: string | null } }> } }> };

export type GrantQuizRoundMutationVariables = Exact<{
  input: GrantQuizRoundInput;
}>;


export type GrantQuizRoundMutation = { grantQuizRound: { userId: string, quizId: string, round: number, grantedAt: unknown } };

export type LearnerQuizRoundsQueryVariables = Exact<{
  phone: string;
  courseSlug: string;
}>;


export type LearnerQuizRoundsQuery = { learnerQuizRounds: { userId: string, fullName: string, progress: { modules: Array<{ quizId: string | null, quizPassed: boolean, quizAttemptsLeft: number | null, quizNextRoundAt: unknown, title: { vi: string, en: string | null } }> } } | null };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ code: string, name: string }> };

export type ProvinceCommunesQueryVariables = Exact<{
  code: string;
}>;


export type ProvinceCommunesQuery = { adminUnit: { code: string, children: Array<{ code: string, name: string, level: number }> } | null };

export type SearchCommunesQueryVariables = Exact<{
  text: string;
  provinceCode?: string | null | undefined;
}>;


export type SearchCommunesQuery = { searchAdminUnits: Array<{ code: string, name: string, level: number, province: { code: string, name: string } | null }> };

export type SyncProgressMutationVariables = Exact<{
  input: SyncProgressInput;
}>;


export type SyncProgressMutation = { syncProgress: Array<{ clientEventId: string, status: SyncStatus, reason: { vi: string, en: string | null } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    accessToken
    user {
      id
      fullName
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
    user {
      id
      fullName
      phone
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    accessToken
    user {
      id
      fullName
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    phone
    fullName
    status
    roles
    commune {
      code
      name
      province {
        code
        name
      }
    }
    grants {
      role
      scopeCode
    }
    teamHistory {
      team {
        id
        name
      }
      role
      joinedAt
      leftAt
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ResetPasswordWithCodeDocument = new TypedDocumentString(`
    mutation ResetPasswordWithCode($input: ResetPasswordWithCodeInput!) {
  resetPasswordWithCode(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordWithCodeMutation, ResetPasswordWithCodeMutationVariables>;
export const CreatePasswordResetCodeDocument = new TypedDocumentString(`
    mutation CreatePasswordResetCode($input: CreatePasswordResetCodeInput!) {
  createPasswordResetCode(input: $input) {
    userId
    fullName
    code
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreatePasswordResetCodeMutation, CreatePasswordResetCodeMutationVariables>;
export const AuthoringCourseDocument = new TypedDocumentString(`
    query AuthoringCourse($courseSlug: String!) {
  authoringCourse(courseSlug: $courseSlug) {
    courseSlug
    national
    provinces
    modules {
      slug
      title
      provinces
      hasTemplate
      editableQuizzes
      lessons {
        slug
        title
        position
        provinceCode
        canEdit
        draftId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthoringCourseQuery, AuthoringCourseQueryVariables>;
export const LessonDraftDocument = new TypedDocumentString(`
    query LessonDraft($courseSlug: String!, $lessonSlug: String!) {
  lessonDraft(courseSlug: $courseSlug, lessonSlug: $lessonSlug) {
    courseSlug
    lessonSlug
    moduleSlug
    provinceCode
    position
    path
    title
    minutes
    objectives
    body
    archived
    revision
    text
    publishedText
    problems {
      path
      field
      code
      message
    }
    draft {
      id
      courseSlug
      provinceCode
      title
      status
      authorName
      reviewerName
      reviewComment
      submittedAt
      updatedAt
      mine
      canReview
      files {
        path
        change
        before
        after
      }
      images {
        path
        change
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LessonDraftQuery, LessonDraftQueryVariables>;
export const SaveLessonDraftDocument = new TypedDocumentString(`
    mutation SaveLessonDraft($input: SaveLessonDraftInput!) {
  saveLessonDraft(input: $input) {
    lesson {
      courseSlug
      lessonSlug
      moduleSlug
      provinceCode
      position
      path
      title
      minutes
      objectives
      body
      archived
      revision
      text
      publishedText
      problems {
        path
        field
        code
        message
      }
      draft {
        id
        courseSlug
        provinceCode
        title
        status
        authorName
        reviewerName
        reviewComment
        submittedAt
        updatedAt
        mine
        canReview
        files {
          path
          change
          before
          after
        }
        images {
          path
          change
        }
      }
    }
    conflict {
      message
      yours
      theirs
      revision
    }
  }
}
    `) as unknown as TypedDocumentString<SaveLessonDraftMutation, SaveLessonDraftMutationVariables>;
export const QuizDraftDocument = new TypedDocumentString(`
    query QuizDraft($courseSlug: String!, $moduleSlug: String!, $provinceCode: String) {
  quizDraft(
    courseSlug: $courseSlug
    moduleSlug: $moduleSlug
    provinceCode: $provinceCode
  ) {
    courseSlug
    moduleSlug
    provinceCode
    path
    title
    passingScore
    maxAttempts
    retryAfterHours
    revision
    text
    publishedText
    questions {
      slug
      type
      situation
      prompt
      options {
        id
        text
        correct
        explanation
      }
    }
    problems {
      path
      field
      code
      message
    }
    draft {
      id
      courseSlug
      provinceCode
      title
      status
      authorName
      reviewerName
      reviewComment
      submittedAt
      updatedAt
      mine
      canReview
      files {
        path
        change
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuizDraftQuery, QuizDraftQueryVariables>;
export const SaveQuizDraftDocument = new TypedDocumentString(`
    mutation SaveQuizDraft($input: SaveQuizDraftInput!) {
  saveQuizDraft(input: $input) {
    quiz {
      courseSlug
      moduleSlug
      provinceCode
      path
      title
      passingScore
      maxAttempts
      retryAfterHours
      revision
      text
      publishedText
      questions {
        slug
        type
        situation
        prompt
        options {
          id
          text
          correct
          explanation
        }
      }
      problems {
        path
        field
        code
        message
      }
      draft {
        id
        courseSlug
        provinceCode
        title
        status
        authorName
        reviewerName
        reviewComment
        submittedAt
        updatedAt
        mine
        canReview
        files {
          path
          change
          before
          after
        }
      }
    }
    conflict {
      message
      yours
      theirs
      revision
    }
  }
}
    `) as unknown as TypedDocumentString<SaveQuizDraftMutation, SaveQuizDraftMutationVariables>;
export const ContentDraftsDocument = new TypedDocumentString(`
    query ContentDrafts($courseSlug: String!) {
  contentDrafts(courseSlug: $courseSlug) {
    id
    courseSlug
    provinceCode
    title
    status
    authorName
    reviewerName
    reviewComment
    submittedAt
    updatedAt
    mine
    canReview
    files {
      path
      change
      before
      after
    }
    images {
      path
      change
    }
    problems {
      path
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ContentDraftsQuery, ContentDraftsQueryVariables>;
export const SubmitDraftDocument = new TypedDocumentString(`
    mutation SubmitDraft($input: SubmitDraftInput!) {
  submitDraft(input: $input) {
    id
    courseSlug
    provinceCode
    title
    status
    authorName
    reviewerName
    reviewComment
    submittedAt
    updatedAt
    mine
    canReview
    files {
      path
      change
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitDraftMutation, SubmitDraftMutationVariables>;
export const ReviewDraftDocument = new TypedDocumentString(`
    mutation ReviewDraft($input: ReviewDraftInput!) {
  reviewDraft(input: $input) {
    id
    courseSlug
    provinceCode
    title
    status
    authorName
    reviewerName
    reviewComment
    submittedAt
    updatedAt
    mine
    canReview
    files {
      path
      change
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewDraftMutation, ReviewDraftMutationVariables>;
export const PublishDraftDocument = new TypedDocumentString(`
    mutation PublishDraft($input: PublishDraftInput!) {
  publishDraft(input: $input) {
    id
    courseSlug
    provinceCode
    title
    status
    authorName
    reviewerName
    reviewComment
    submittedAt
    updatedAt
    mine
    canReview
    files {
      path
      change
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<PublishDraftMutation, PublishDraftMutationVariables>;
export const ContentVersionsDocument = new TypedDocumentString(`
    query ContentVersions($courseSlug: String!) {
  contentVersions(courseSlug: $courseSlug) {
    id
    number
    kind
    authorName
    reviewerName
    note
    restoredFrom
    changed
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ContentVersionsQuery, ContentVersionsQueryVariables>;
export const RestoreContentVersionDocument = new TypedDocumentString(`
    mutation RestoreContentVersion($input: RestoreContentVersionInput!) {
  restoreContentVersion(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<RestoreContentVersionMutation, RestoreContentVersionMutationVariables>;
export const ModulePreviewDocument = new TypedDocumentString(`
    query ModulePreview($courseSlug: String!, $moduleSlug: String!, $provinceCode: String, $draftId: ID) {
  modulePreview(
    courseSlug: $courseSlug
    moduleSlug: $moduleSlug
    provinceCode: $provinceCode
    draftId: $draftId
  ) {
    courseSlug
    moduleSlug
    provinceCode
    title
    draftId
    quizQuestionCount
    provinceQuestionCount
    lessons {
      slug
      title
      minutes
      position
      provinceCode
      changed
    }
  }
}
    `) as unknown as TypedDocumentString<ModulePreviewQuery, ModulePreviewQueryVariables>;
export const OpenDraftsDocument = new TypedDocumentString(`
    query OpenDrafts($courseSlug: String!) {
  contentDrafts(courseSlug: $courseSlug) {
    id
    title
    status
    mine
    provinceCode
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<OpenDraftsQuery, OpenDraftsQueryVariables>;
export const MyCertificatesDocument = new TypedDocumentString(`
    query MyCertificates {
  myCertificates {
    serial
    status
    holderName
    courseTitle
    issuer
    completedAt
  }
}
    `) as unknown as TypedDocumentString<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const CertificateDocument = new TypedDocumentString(`
    query Certificate($serial: String!) {
  certificate(serial: $serial) {
    serial
    status
    holderName
    courseTitle
    issuer
    completedAt
    modules {
      position
      title
      provinceCode
      variantTitle
    }
    verifyUrl
    qrUrl
    revokedAt
    revokedReason
    replacedBySerial
  }
}
    `) as unknown as TypedDocumentString<CertificateQuery, CertificateQueryVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($serial: String!) {
  verifyCertificate(serial: $serial) {
    serial
    result
    holderName
    courseTitle
    completedAt
    issuer
    modules {
      position
      provinceCode
    }
    revokedAt
    revokedReason
    replacedBySerial
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const RevokeCertificateDocument = new TypedDocumentString(`
    mutation RevokeCertificate($input: RevokeCertificateInput!) {
  revokeCertificate(input: $input) {
    serial
    status
    revokedAt
    revokedReason
  }
}
    `) as unknown as TypedDocumentString<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const ReissueCertificateDocument = new TypedDocumentString(`
    mutation ReissueCertificate($input: ReissueCertificateInput!) {
  reissueCertificate(input: $input) {
    serial
    status
    holderName
  }
}
    `) as unknown as TypedDocumentString<ReissueCertificateMutation, ReissueCertificateMutationVariables>;
export const CourseOutlineDocument = new TypedDocumentString(`
    query CourseOutline($slug: String!, $provinceCode: String) {
  course(slug: $slug) {
    id
    slug
    title {
      vi
      en
    }
    summary {
      vi
      en
    }
    totalMinutes
    modules(provinceCode: $provinceCode) {
      id
      slug
      position
      title {
        vi
        en
      }
      summary {
        vi
        en
      }
      provinceCode
      totalMinutes
      downloadBytes
      lessons {
        id
        slug
        title {
          vi
          en
        }
        minutes
      }
      quiz {
        id
        questionCount
        passingScore
        maxAttempts
      }
      variants {
        provinceCode
        title {
          vi
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseOutlineQuery, CourseOutlineQueryVariables>;
export const CoursesDocument = new TypedDocumentString(`
    query Courses {
  courses {
    id
    slug
    title {
      vi
      en
    }
    summary {
      vi
      en
    }
    moduleCount
    lessonCount
    totalMinutes
  }
}
    `) as unknown as TypedDocumentString<CoursesQuery, CoursesQueryVariables>;
export const MyProgressDocument = new TypedDocumentString(`
    query MyProgress($courseSlug: String!) {
  myProgress(courseSlug: $courseSlug) {
    courseSlug
    percent
    completed
    nextLesson {
      id
      slug
      title {
        vi
        en
      }
    }
    modules {
      moduleId
      slug
      lessonsDone
      lessonsTotal
      completedLessonIds
      quizId
      quizBestScore
      quizAttempts
      quizMaxAttempts
      quizPassed
      completed
      nextLesson {
        id
        slug
        title {
          vi
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyProgressQuery, MyProgressQueryVariables>;
export const QuizDocument = new TypedDocumentString(`
    query Quiz($id: ID!) {
  quiz(id: $id) {
    id
    moduleId
    moduleTitle {
      vi
      en
    }
    passingScore
    maxAttempts
    attemptsUsed
    attemptsLeft
    round
    nextRoundAt
    retryAfterHours
    lessons {
      id
      slug
      title {
        vi
        en
      }
    }
    passed
    questions {
      slug
      type
      prompt {
        vi
        en
      }
      options {
        id
        text {
          vi
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuizQuery, QuizQueryVariables>;
export const SubmitQuizDocument = new TypedDocumentString(`
    mutation SubmitQuiz($input: SubmitQuizInput!) {
  submitQuiz(input: $input) {
    quizId
    attemptNumber
    attemptsLeft
    score
    passed
    correctCount
    questionCount
    moduleCompleted
    courseCompleted
    questions {
      slug
      correct
      prompt {
        vi
        en
      }
      options {
        id
        selected
        correct
        text {
          vi
          en
        }
        explanation {
          vi
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitQuizMutation, SubmitQuizMutationVariables>;
export const LessonDocument = new TypedDocumentString(`
    query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {
  lesson(
    courseSlug: $courseSlug
    lessonSlug: $lessonSlug
    provinceCode: $provinceCode
  ) {
    id
    slug
    title {
      vi
      en
    }
    minutes
    objectives {
      vi
      en
    }
    body
    moduleTitle {
      vi
      en
    }
    provinceCode
    previous {
      slug
      title {
        vi
        en
      }
    }
    next {
      slug
      title {
        vi
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LessonQuery, LessonQueryVariables>;
export const MyReportScopeDocument = new TypedDocumentString(`
    query MyReportScope {
  myReportScope
}
    `) as unknown as TypedDocumentString<MyReportScopeQuery, MyReportScopeQueryVariables>;
export const CompletionReportDocument = new TypedDocumentString(`
    query CompletionReport($input: CompletionReportInput!) {
  completionReport(input: $input) {
    scope {
      code
      level
      name
    }
    breadcrumbs {
      code
      level
      name
    }
    from
    to
    modules {
      id
      position
      title {
        vi
        en
      }
    }
    totals {
      kind
      name
      scopeCode
      teamMembers {
        registered
        enrolled
        started
        modulesCompleted
        courseCompleted
        certificatesIssued
        completionRate
      }
      citizens {
        registered
        enrolled
        started
        modulesCompleted
        courseCompleted
        certificatesIssued
        completionRate
      }
    }
    rows {
      kind
      name
      scopeCode
      teamMembers {
        registered
        enrolled
        started
        modulesCompleted
        courseCompleted
        certificatesIssued
        completionRate
      }
      citizens {
        registered
        enrolled
        started
        modulesCompleted
        courseCompleted
        certificatesIssued
        completionRate
      }
    }
    members {
      userId
      fullName
      phoneMasked
      role
      enrolled
      modulesCompleted
      courseCompleted
      lastActiveAt
    }
  }
}
    `) as unknown as TypedDocumentString<CompletionReportQuery, CompletionReportQueryVariables>;
export const CompletionTimeSeriesDocument = new TypedDocumentString(`
    query CompletionTimeSeries($input: CompletionReportInput!) {
  completionTimeSeries(input: $input) {
    weeks {
      weekStart
      teamMemberModules
      teamMemberCourses
      citizenModules
      citizenCourses
    }
  }
}
    `) as unknown as TypedDocumentString<CompletionTimeSeriesQuery, CompletionTimeSeriesQueryVariables>;
export const ModuleFunnelDocument = new TypedDocumentString(`
    query ModuleFunnel($input: CompletionReportInput!) {
  moduleFunnel(input: $input) {
    steps {
      module {
        id
        position
        title {
          vi
          en
        }
      }
      teamMembersReached
      teamMembersPassedQuiz
      teamMembersCompleted
      citizensReached
      citizensPassedQuiz
      citizensCompleted
    }
  }
}
    `) as unknown as TypedDocumentString<ModuleFunnelQuery, ModuleFunnelQueryVariables>;
export const TeamsDocument = new TypedDocumentString(`
    query Teams($filter: TeamsFilterInput) {
  teams(filter: $filter) {
    total
    items {
      id
      name
      village
      memberCount
      commune {
        code
        name
        province {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team($id: ID!) {
  team(id: $id) {
    id
    name
    village
    memberCount
    commune {
      code
      name
      province {
        code
        name
      }
    }
    members {
      role
      joinedAt
      user {
        id
        fullName
        phone
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) {
    role
    user {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = new TypedDocumentString(`
    mutation RemoveTeamMember($input: TeamMemberRefInput!) {
  removeTeamMember(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const SetTeamLeaderDocument = new TypedDocumentString(`
    mutation SetTeamLeader($input: SetTeamLeaderInput!) {
  setTeamLeader(input: $input) {
    role
    user {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<SetTeamLeaderMutation, SetTeamLeaderMutationVariables>;
export const ImportTeamMembersDocument = new TypedDocumentString(`
    mutation ImportTeamMembers($input: ImportTeamMembersInput!) {
  importTeamMembers(input: $input) {
    imported
    failed
    rows {
      line
      phone
      fullName
      ok
      error {
        vi
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportTeamMembersMutation, ImportTeamMembersMutationVariables>;
export const TeamProgressDocument = new TypedDocumentString(`
    query TeamProgress($teamId: ID!, $courseSlug: String!) {
  teamProgress(teamId: $teamId, courseSlug: $courseSlug) {
    role
    user {
      id
      fullName
    }
    progress {
      percent
      completed
      lastActiveAt
      modules {
        moduleId
        completed
        title {
          vi
          en
        }
        quizId
        quizPassed
        quizAttemptsLeft
        quizNextRoundAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamProgressQuery, TeamProgressQueryVariables>;
export const GrantQuizRoundDocument = new TypedDocumentString(`
    mutation GrantQuizRound($input: GrantQuizRoundInput!) {
  grantQuizRound(input: $input) {
    userId
    quizId
    round
    grantedAt
  }
}
    `) as unknown as TypedDocumentString<GrantQuizRoundMutation, GrantQuizRoundMutationVariables>;
export const LearnerQuizRoundsDocument = new TypedDocumentString(`
    query LearnerQuizRounds($phone: String!, $courseSlug: String!) {
  learnerQuizRounds(phone: $phone, courseSlug: $courseSlug) {
    userId
    fullName
    progress {
      modules {
        title {
          vi
          en
        }
        quizId
        quizPassed
        quizAttemptsLeft
        quizNextRoundAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearnerQuizRoundsQuery, LearnerQuizRoundsQueryVariables>;
export const ProvincesDocument = new TypedDocumentString(`
    query Provinces {
  provinces {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ProvincesQuery, ProvincesQueryVariables>;
export const ProvinceCommunesDocument = new TypedDocumentString(`
    query ProvinceCommunes($code: String!) {
  adminUnit(code: $code) {
    code
    children {
      code
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<ProvinceCommunesQuery, ProvinceCommunesQueryVariables>;
export const SearchCommunesDocument = new TypedDocumentString(`
    query SearchCommunes($text: String!, $provinceCode: String) {
  searchAdminUnits(text: $text, provinceCode: $provinceCode, limit: 20) {
    code
    name
    level
    province {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCommunesQuery, SearchCommunesQueryVariables>;
export const SyncProgressDocument = new TypedDocumentString(`
    mutation SyncProgress($input: SyncProgressInput!) {
  syncProgress(input: $input) {
    clientEventId
    status
    reason {
      vi
      en
    }
  }
}
    `) as unknown as TypedDocumentString<SyncProgressMutation, SyncProgressMutationVariables>;