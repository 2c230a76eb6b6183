/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n        roles\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      id\n      phone\n      fullName\n      status\n      roles\n      commune {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      grants {\n        role\n        scopeCode\n      }\n      teamHistory {\n        team {\n          id\n          name\n        }\n        role\n        joinedAt\n        leftAt\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ResetPasswordWithCode($input: ResetPasswordWithCodeInput!) {\n    resetPasswordWithCode(input: $input)\n  }\n": typeof types.ResetPasswordWithCodeDocument,
    "\n  mutation CreatePasswordResetCode($input: CreatePasswordResetCodeInput!) {\n    createPasswordResetCode(input: $input) {\n      userId\n      fullName\n      code\n      expiresAt\n    }\n  }\n": typeof types.CreatePasswordResetCodeDocument,
    "\n  query AuthoringCourse($courseSlug: String!) {\n    authoringCourse(courseSlug: $courseSlug) {\n      courseSlug\n      national\n      provinces\n      modules {\n        slug\n        title\n        provinces\n        hasTemplate\n        editableQuizzes\n        lessons {\n          slug\n          title\n          position\n          provinceCode\n          canEdit\n          draftId\n        }\n      }\n    }\n  }\n": typeof types.AuthoringCourseDocument,
    "\n  fragment DraftFields on Draft {\n    id\n    courseSlug\n    provinceCode\n    title\n    status\n    authorName\n    reviewerName\n    reviewComment\n    submittedAt\n    updatedAt\n    mine\n    canReview\n    files {\n      path\n      change\n      before\n      after\n    }\n  }\n": typeof types.DraftFieldsFragmentDoc,
    "\n  fragment LessonDraftFields on LessonDraft {\n    courseSlug\n    lessonSlug\n    moduleSlug\n    provinceCode\n    position\n    path\n    title\n    minutes\n    objectives\n    body\n    archived\n    revision\n    text\n    publishedText\n    problems {\n      path\n      field\n      code\n      message\n    }\n    draft {\n      ...DraftFields\n    }\n  }\n": typeof types.LessonDraftFieldsFragmentDoc,
    "\n  query LessonDraft($courseSlug: String!, $lessonSlug: String!) {\n    lessonDraft(courseSlug: $courseSlug, lessonSlug: $lessonSlug) {\n      ...LessonDraftFields\n    }\n  }\n": typeof types.LessonDraftDocument,
    "\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      lesson {\n        ...LessonDraftFields\n      }\n      conflict {\n        message\n        yours\n        theirs\n        revision\n      }\n    }\n  }\n": typeof types.SaveLessonDraftDocument,
    "\n  fragment QuizDraftFields on QuizDraft {\n    courseSlug\n    moduleSlug\n    provinceCode\n    path\n    title\n    passingScore\n    maxAttempts\n    retryAfterHours\n    revision\n    text\n    publishedText\n    questions {\n      slug\n      type\n      situation\n      prompt\n      options {\n        id\n        text\n        correct\n        explanation\n      }\n    }\n    problems {\n      path\n      field\n      code\n      message\n    }\n    draft {\n      ...DraftFields\n    }\n  }\n": typeof types.QuizDraftFieldsFragmentDoc,
    "\n  query QuizDraft($courseSlug: String!, $moduleSlug: String!, $provinceCode: String) {\n    quizDraft(courseSlug: $courseSlug, moduleSlug: $moduleSlug, provinceCode: $provinceCode) {\n      ...QuizDraftFields\n    }\n  }\n": typeof types.QuizDraftDocument,
    "\n  mutation SaveQuizDraft($input: SaveQuizDraftInput!) {\n    saveQuizDraft(input: $input) {\n      quiz {\n        ...QuizDraftFields\n      }\n      conflict {\n        message\n        yours\n        theirs\n        revision\n      }\n    }\n  }\n": typeof types.SaveQuizDraftDocument,
    "\n  query ContentDrafts($courseSlug: String!) {\n    contentDrafts(courseSlug: $courseSlug) {\n      ...DraftFields\n      problems {\n        path\n        field\n        message\n      }\n    }\n  }\n": typeof types.ContentDraftsDocument,
    "\n  mutation SubmitDraft($input: SubmitDraftInput!) {\n    submitDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.SubmitDraftDocument,
    "\n  mutation ReviewDraft($input: ReviewDraftInput!) {\n    reviewDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.ReviewDraftDocument,
    "\n  mutation PublishDraft($input: PublishDraftInput!) {\n    publishDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.PublishDraftDocument,
    "\n  query ContentVersions($courseSlug: String!) {\n    contentVersions(courseSlug: $courseSlug) {\n      id\n      number\n      kind\n      authorName\n      reviewerName\n      note\n      restoredFrom\n      changed\n      createdAt\n    }\n  }\n": typeof types.ContentVersionsDocument,
    "\n  mutation RestoreContentVersion($input: RestoreContentVersionInput!) {\n    restoreContentVersion(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.RestoreContentVersionDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      serial\n      status\n      holderName\n      courseTitle\n      issuer\n      completedAt\n    }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  query Certificate($serial: String!) {\n    certificate(serial: $serial) {\n      serial\n      status\n      holderName\n      courseTitle\n      issuer\n      completedAt\n      modules {\n        position\n        title\n        provinceCode\n        variantTitle\n      }\n      verifyUrl\n      qrUrl\n      revokedAt\n      revokedReason\n      replacedBySerial\n    }\n  }\n": typeof types.CertificateDocument,
    "\n  query VerifyCertificate($serial: String!) {\n    verifyCertificate(serial: $serial) {\n      serial\n      result\n      holderName\n      courseTitle\n      completedAt\n      issuer\n      modules {\n        position\n        provinceCode\n      }\n      revokedAt\n      revokedReason\n      replacedBySerial\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      serial\n      status\n      revokedAt\n      revokedReason\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      serial\n      status\n      holderName\n    }\n  }\n": typeof types.ReissueCertificateDocument,
    "\n  query CourseOutline($slug: String!, $provinceCode: String) {\n    course(slug: $slug) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      totalMinutes\n      modules(provinceCode: $provinceCode) {\n        id\n        slug\n        position\n        title {\n          vi\n          en\n        }\n        summary {\n          vi\n          en\n        }\n        provinceCode\n        totalMinutes\n        downloadBytes\n        lessons {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n          minutes\n        }\n        quiz {\n          id\n          questionCount\n          passingScore\n          maxAttempts\n        }\n        variants {\n          provinceCode\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseOutlineDocument,
    "\n  query Courses {\n    courses {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      moduleCount\n      lessonCount\n      totalMinutes\n    }\n  }\n": typeof types.CoursesDocument,
    "\n  query MyProgress($courseSlug: String!) {\n    myProgress(courseSlug: $courseSlug) {\n      courseSlug\n      percent\n      completed\n      nextLesson {\n        id\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      modules {\n        moduleId\n        slug\n        lessonsDone\n        lessonsTotal\n        completedLessonIds\n        quizId\n        quizBestScore\n        quizAttempts\n        quizMaxAttempts\n        quizPassed\n        completed\n        nextLesson {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query Quiz($id: ID!) {\n    quiz(id: $id) {\n      id\n      moduleId\n      moduleTitle {\n        vi\n        en\n      }\n      passingScore\n      maxAttempts\n      attemptsUsed\n      attemptsLeft\n      round\n      nextRoundAt\n      retryAfterHours\n      lessons {\n        id\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      passed\n      questions {\n        slug\n        type\n        prompt {\n          vi\n          en\n        }\n        options {\n          id\n          text {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuizDocument,
    "\n  mutation SubmitQuiz($input: SubmitQuizInput!) {\n    submitQuiz(input: $input) {\n      quizId\n      attemptNumber\n      attemptsLeft\n      score\n      passed\n      correctCount\n      questionCount\n      moduleCompleted\n      courseCompleted\n      questions {\n        slug\n        correct\n        prompt {\n          vi\n          en\n        }\n        options {\n          id\n          selected\n          correct\n          text {\n            vi\n            en\n          }\n          explanation {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubmitQuizDocument,
    "\n  query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {\n    lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      minutes\n      objectives {\n        vi\n        en\n      }\n      body\n      moduleTitle {\n        vi\n        en\n      }\n      provinceCode\n      previous {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      next {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n    }\n  }\n": typeof types.LessonDocument,
    "\n  query MyReportScope {\n    myReportScope\n  }\n": typeof types.MyReportScopeDocument,
    "\n  query CompletionReport($input: CompletionReportInput!) {\n    completionReport(input: $input) {\n      scope {\n        code\n        level\n        name\n      }\n      breadcrumbs {\n        code\n        level\n        name\n      }\n      from\n      to\n      modules {\n        id\n        position\n        title {\n          vi\n          en\n        }\n      }\n      totals {\n        kind\n        name\n        scopeCode\n        teamMembers {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n        citizens {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n      }\n      rows {\n        kind\n        name\n        scopeCode\n        teamMembers {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n        citizens {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n      }\n      members {\n        userId\n        fullName\n        phoneMasked\n        role\n        enrolled\n        modulesCompleted\n        courseCompleted\n        lastActiveAt\n      }\n    }\n  }\n": typeof types.CompletionReportDocument,
    "\n  query CompletionTimeSeries($input: CompletionReportInput!) {\n    completionTimeSeries(input: $input) {\n      weeks {\n        weekStart\n        teamMemberModules\n        teamMemberCourses\n        citizenModules\n        citizenCourses\n      }\n    }\n  }\n": typeof types.CompletionTimeSeriesDocument,
    "\n  query ModuleFunnel($input: CompletionReportInput!) {\n    moduleFunnel(input: $input) {\n      steps {\n        module {\n          id\n          position\n          title {\n            vi\n            en\n          }\n        }\n        teamMembersReached\n        teamMembersPassedQuiz\n        teamMembersCompleted\n        citizensReached\n        citizensPassedQuiz\n        citizensCompleted\n      }\n    }\n  }\n": typeof types.ModuleFunnelDocument,
    "\n  query Teams($filter: TeamsFilterInput) {\n    teams(filter: $filter) {\n      total\n      items {\n        id\n        name\n        village\n        memberCount\n        commune {\n          code\n          name\n          province {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      village\n      memberCount\n      commune {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      members {\n        role\n        joinedAt\n        user {\n          id\n          fullName\n          phone\n          status\n        }\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      role\n      user {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamMemberRefInput!) {\n    removeTeamMember(input: $input)\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation SetTeamLeader($input: SetTeamLeaderInput!) {\n    setTeamLeader(input: $input) {\n      role\n      user {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.SetTeamLeaderDocument,
    "\n  mutation ImportTeamMembers($input: ImportTeamMembersInput!) {\n    importTeamMembers(input: $input) {\n      imported\n      failed\n      rows {\n        line\n        phone\n        fullName\n        ok\n        error {\n          vi\n          en\n        }\n      }\n    }\n  }\n": typeof types.ImportTeamMembersDocument,
    "\n  query TeamProgress($teamId: ID!, $courseSlug: String!) {\n    teamProgress(teamId: $teamId, courseSlug: $courseSlug) {\n      role\n      user {\n        id\n        fullName\n      }\n      progress {\n        percent\n        completed\n        lastActiveAt\n        modules {\n          moduleId\n          completed\n          title {\n            vi\n            en\n          }\n          quizId\n          quizPassed\n          quizAttemptsLeft\n          quizNextRoundAt\n        }\n      }\n    }\n  }\n": typeof types.TeamProgressDocument,
    "\n  mutation GrantQuizRound($input: GrantQuizRoundInput!) {\n    grantQuizRound(input: $input) {\n      userId\n      quizId\n      round\n      grantedAt\n    }\n  }\n": typeof types.GrantQuizRoundDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query ProvinceCommunes($code: String!) {\n    adminUnit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.ProvinceCommunesDocument,
    "\n  query SearchCommunes($text: String!, $provinceCode: String) {\n    searchAdminUnits(text: $text, provinceCode: $provinceCode, limit: 20) {\n      code\n      name\n      level\n      province {\n        code\n        name\n      }\n    }\n  }\n": typeof types.SearchCommunesDocument,
    "\n  mutation SyncProgress($input: SyncProgressInput!) {\n    syncProgress(input: $input) {\n      clientEventId\n      status\n      reason {\n        vi\n        en\n      }\n    }\n  }\n": typeof types.SyncProgressDocument,
};
const documents: Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n        roles\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      id\n      phone\n      fullName\n      status\n      roles\n      commune {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      grants {\n        role\n        scopeCode\n      }\n      teamHistory {\n        team {\n          id\n          name\n        }\n        role\n        joinedAt\n        leftAt\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ResetPasswordWithCode($input: ResetPasswordWithCodeInput!) {\n    resetPasswordWithCode(input: $input)\n  }\n": types.ResetPasswordWithCodeDocument,
    "\n  mutation CreatePasswordResetCode($input: CreatePasswordResetCodeInput!) {\n    createPasswordResetCode(input: $input) {\n      userId\n      fullName\n      code\n      expiresAt\n    }\n  }\n": types.CreatePasswordResetCodeDocument,
    "\n  query AuthoringCourse($courseSlug: String!) {\n    authoringCourse(courseSlug: $courseSlug) {\n      courseSlug\n      national\n      provinces\n      modules {\n        slug\n        title\n        provinces\n        hasTemplate\n        editableQuizzes\n        lessons {\n          slug\n          title\n          position\n          provinceCode\n          canEdit\n          draftId\n        }\n      }\n    }\n  }\n": types.AuthoringCourseDocument,
    "\n  fragment DraftFields on Draft {\n    id\n    courseSlug\n    provinceCode\n    title\n    status\n    authorName\n    reviewerName\n    reviewComment\n    submittedAt\n    updatedAt\n    mine\n    canReview\n    files {\n      path\n      change\n      before\n      after\n    }\n  }\n": types.DraftFieldsFragmentDoc,
    "\n  fragment LessonDraftFields on LessonDraft {\n    courseSlug\n    lessonSlug\n    moduleSlug\n    provinceCode\n    position\n    path\n    title\n    minutes\n    objectives\n    body\n    archived\n    revision\n    text\n    publishedText\n    problems {\n      path\n      field\n      code\n      message\n    }\n    draft {\n      ...DraftFields\n    }\n  }\n": types.LessonDraftFieldsFragmentDoc,
    "\n  query LessonDraft($courseSlug: String!, $lessonSlug: String!) {\n    lessonDraft(courseSlug: $courseSlug, lessonSlug: $lessonSlug) {\n      ...LessonDraftFields\n    }\n  }\n": types.LessonDraftDocument,
    "\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      lesson {\n        ...LessonDraftFields\n      }\n      conflict {\n        message\n        yours\n        theirs\n        revision\n      }\n    }\n  }\n": types.SaveLessonDraftDocument,
    "\n  fragment QuizDraftFields on QuizDraft {\n    courseSlug\n    moduleSlug\n    provinceCode\n    path\n    title\n    passingScore\n    maxAttempts\n    retryAfterHours\n    revision\n    text\n    publishedText\n    questions {\n      slug\n      type\n      situation\n      prompt\n      options {\n        id\n        text\n        correct\n        explanation\n      }\n    }\n    problems {\n      path\n      field\n      code\n      message\n    }\n    draft {\n      ...DraftFields\n    }\n  }\n": types.QuizDraftFieldsFragmentDoc,
    "\n  query QuizDraft($courseSlug: String!, $moduleSlug: String!, $provinceCode: String) {\n    quizDraft(courseSlug: $courseSlug, moduleSlug: $moduleSlug, provinceCode: $provinceCode) {\n      ...QuizDraftFields\n    }\n  }\n": types.QuizDraftDocument,
    "\n  mutation SaveQuizDraft($input: SaveQuizDraftInput!) {\n    saveQuizDraft(input: $input) {\n      quiz {\n        ...QuizDraftFields\n      }\n      conflict {\n        message\n        yours\n        theirs\n        revision\n      }\n    }\n  }\n": types.SaveQuizDraftDocument,
    "\n  query ContentDrafts($courseSlug: String!) {\n    contentDrafts(courseSlug: $courseSlug) {\n      ...DraftFields\n      problems {\n        path\n        field\n        message\n      }\n    }\n  }\n": types.ContentDraftsDocument,
    "\n  mutation SubmitDraft($input: SubmitDraftInput!) {\n    submitDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.SubmitDraftDocument,
    "\n  mutation ReviewDraft($input: ReviewDraftInput!) {\n    reviewDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.ReviewDraftDocument,
    "\n  mutation PublishDraft($input: PublishDraftInput!) {\n    publishDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.PublishDraftDocument,
    "\n  query ContentVersions($courseSlug: String!) {\n    contentVersions(courseSlug: $courseSlug) {\n      id\n      number\n      kind\n      authorName\n      reviewerName\n      note\n      restoredFrom\n      changed\n      createdAt\n    }\n  }\n": types.ContentVersionsDocument,
    "\n  mutation RestoreContentVersion($input: RestoreContentVersionInput!) {\n    restoreContentVersion(input: $input) {\n      id\n      number\n    }\n  }\n": types.RestoreContentVersionDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      serial\n      status\n      holderName\n      courseTitle\n      issuer\n      completedAt\n    }\n  }\n": types.MyCertificatesDocument,
    "\n  query Certificate($serial: String!) {\n    certificate(serial: $serial) {\n      serial\n      status\n      holderName\n      courseTitle\n      issuer\n      completedAt\n      modules {\n        position\n        title\n        provinceCode\n        variantTitle\n      }\n      verifyUrl\n      qrUrl\n      revokedAt\n      revokedReason\n      replacedBySerial\n    }\n  }\n": types.CertificateDocument,
    "\n  query VerifyCertificate($serial: String!) {\n    verifyCertificate(serial: $serial) {\n      serial\n      result\n      holderName\n      courseTitle\n      completedAt\n      issuer\n      modules {\n        position\n        provinceCode\n      }\n      revokedAt\n      revokedReason\n      replacedBySerial\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      serial\n      status\n      revokedAt\n      revokedReason\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      serial\n      status\n      holderName\n    }\n  }\n": types.ReissueCertificateDocument,
    "\n  query CourseOutline($slug: String!, $provinceCode: String) {\n    course(slug: $slug) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      totalMinutes\n      modules(provinceCode: $provinceCode) {\n        id\n        slug\n        position\n        title {\n          vi\n          en\n        }\n        summary {\n          vi\n          en\n        }\n        provinceCode\n        totalMinutes\n        downloadBytes\n        lessons {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n          minutes\n        }\n        quiz {\n          id\n          questionCount\n          passingScore\n          maxAttempts\n        }\n        variants {\n          provinceCode\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": types.CourseOutlineDocument,
    "\n  query Courses {\n    courses {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      moduleCount\n      lessonCount\n      totalMinutes\n    }\n  }\n": types.CoursesDocument,
    "\n  query MyProgress($courseSlug: String!) {\n    myProgress(courseSlug: $courseSlug) {\n      courseSlug\n      percent\n      completed\n      nextLesson {\n        id\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      modules {\n        moduleId\n        slug\n        lessonsDone\n        lessonsTotal\n        completedLessonIds\n        quizId\n        quizBestScore\n        quizAttempts\n        quizMaxAttempts\n        quizPassed\n        completed\n        nextLesson {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": types.MyProgressDocument,
    "\n  query Quiz($id: ID!) {\n    quiz(id: $id) {\n      id\n      moduleId\n      moduleTitle {\n        vi\n        en\n      }\n      passingScore\n      maxAttempts\n      attemptsUsed\n      attemptsLeft\n      round\n      nextRoundAt\n      retryAfterHours\n      lessons {\n        id\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      passed\n      questions {\n        slug\n        type\n        prompt {\n          vi\n          en\n        }\n        options {\n          id\n          text {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": types.QuizDocument,
    "\n  mutation SubmitQuiz($input: SubmitQuizInput!) {\n    submitQuiz(input: $input) {\n      quizId\n      attemptNumber\n      attemptsLeft\n      score\n      passed\n      correctCount\n      questionCount\n      moduleCompleted\n      courseCompleted\n      questions {\n        slug\n        correct\n        prompt {\n          vi\n          en\n        }\n        options {\n          id\n          selected\n          correct\n          text {\n            vi\n            en\n          }\n          explanation {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": types.SubmitQuizDocument,
    "\n  query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {\n    lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      minutes\n      objectives {\n        vi\n        en\n      }\n      body\n      moduleTitle {\n        vi\n        en\n      }\n      provinceCode\n      previous {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      next {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n    }\n  }\n": types.LessonDocument,
    "\n  query MyReportScope {\n    myReportScope\n  }\n": types.MyReportScopeDocument,
    "\n  query CompletionReport($input: CompletionReportInput!) {\n    completionReport(input: $input) {\n      scope {\n        code\n        level\n        name\n      }\n      breadcrumbs {\n        code\n        level\n        name\n      }\n      from\n      to\n      modules {\n        id\n        position\n        title {\n          vi\n          en\n        }\n      }\n      totals {\n        kind\n        name\n        scopeCode\n        teamMembers {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n        citizens {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n      }\n      rows {\n        kind\n        name\n        scopeCode\n        teamMembers {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n        citizens {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n      }\n      members {\n        userId\n        fullName\n        phoneMasked\n        role\n        enrolled\n        modulesCompleted\n        courseCompleted\n        lastActiveAt\n      }\n    }\n  }\n": types.CompletionReportDocument,
    "\n  query CompletionTimeSeries($input: CompletionReportInput!) {\n    completionTimeSeries(input: $input) {\n      weeks {\n        weekStart\n        teamMemberModules\n        teamMemberCourses\n        citizenModules\n        citizenCourses\n      }\n    }\n  }\n": types.CompletionTimeSeriesDocument,
    "\n  query ModuleFunnel($input: CompletionReportInput!) {\n    moduleFunnel(input: $input) {\n      steps {\n        module {\n          id\n          position\n          title {\n            vi\n            en\n          }\n        }\n        teamMembersReached\n        teamMembersPassedQuiz\n        teamMembersCompleted\n        citizensReached\n        citizensPassedQuiz\n        citizensCompleted\n      }\n    }\n  }\n": types.ModuleFunnelDocument,
    "\n  query Teams($filter: TeamsFilterInput) {\n    teams(filter: $filter) {\n      total\n      items {\n        id\n        name\n        village\n        memberCount\n        commune {\n          code\n          name\n          province {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TeamsDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      village\n      memberCount\n      commune {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      members {\n        role\n        joinedAt\n        user {\n          id\n          fullName\n          phone\n          status\n        }\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      role\n      user {\n        id\n        fullName\n      }\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamMemberRefInput!) {\n    removeTeamMember(input: $input)\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation SetTeamLeader($input: SetTeamLeaderInput!) {\n    setTeamLeader(input: $input) {\n      role\n      user {\n        id\n        fullName\n      }\n    }\n  }\n": types.SetTeamLeaderDocument,
    "\n  mutation ImportTeamMembers($input: ImportTeamMembersInput!) {\n    importTeamMembers(input: $input) {\n      imported\n      failed\n      rows {\n        line\n        phone\n        fullName\n        ok\n        error {\n          vi\n          en\n        }\n      }\n    }\n  }\n": types.ImportTeamMembersDocument,
    "\n  query TeamProgress($teamId: ID!, $courseSlug: String!) {\n    teamProgress(teamId: $teamId, courseSlug: $courseSlug) {\n      role\n      user {\n        id\n        fullName\n      }\n      progress {\n        percent\n        completed\n        lastActiveAt\n        modules {\n          moduleId\n          completed\n          title {\n            vi\n            en\n          }\n          quizId\n          quizPassed\n          quizAttemptsLeft\n          quizNextRoundAt\n        }\n      }\n    }\n  }\n": types.TeamProgressDocument,
    "\n  mutation GrantQuizRound($input: GrantQuizRoundInput!) {\n    grantQuizRound(input: $input) {\n      userId\n      quizId\n      round\n      grantedAt\n    }\n  }\n": types.GrantQuizRoundDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.ProvincesDocument,
    "\n  query ProvinceCommunes($code: String!) {\n    adminUnit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.ProvinceCommunesDocument,
    "\n  query SearchCommunes($text: String!, $provinceCode: String) {\n    searchAdminUnits(text: $text, provinceCode: $provinceCode, limit: 20) {\n      code\n      name\n      level\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.SearchCommunesDocument,
    "\n  mutation SyncProgress($input: SyncProgressInput!) {\n    syncProgress(input: $input) {\n      clientEventId\n      status\n      reason {\n        vi\n        en\n      }\n    }\n  }\n": types.SyncProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n      user {\n        id\n        fullName\n        phone\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      phone\n      fullName\n      status\n      roles\n      commune {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      grants {\n        role\n        scopeCode\n      }\n      teamHistory {\n        team {\n          id\n          name\n        }\n        role\n        joinedAt\n        leftAt\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithCode($input: ResetPasswordWithCodeInput!) {\n    resetPasswordWithCode(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetCode($input: CreatePasswordResetCodeInput!) {\n    createPasswordResetCode(input: $input) {\n      userId\n      fullName\n      code\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').CreatePasswordResetCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringCourse($courseSlug: String!) {\n    authoringCourse(courseSlug: $courseSlug) {\n      courseSlug\n      national\n      provinces\n      modules {\n        slug\n        title\n        provinces\n        hasTemplate\n        editableQuizzes\n        lessons {\n          slug\n          title\n          position\n          provinceCode\n          canEdit\n          draftId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuthoringCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftFields on Draft {\n    id\n    courseSlug\n    provinceCode\n    title\n    status\n    authorName\n    reviewerName\n    reviewComment\n    submittedAt\n    updatedAt\n    mine\n    canReview\n    files {\n      path\n      change\n      before\n      after\n    }\n  }\n"): typeof import('./graphql').DraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonDraftFields on LessonDraft {\n    courseSlug\n    lessonSlug\n    moduleSlug\n    provinceCode\n    position\n    path\n    title\n    minutes\n    objectives\n    body\n    archived\n    revision\n    text\n    publishedText\n    problems {\n      path\n      field\n      code\n      message\n    }\n    draft {\n      ...DraftFields\n    }\n  }\n"): typeof import('./graphql').LessonDraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonDraft($courseSlug: String!, $lessonSlug: String!) {\n    lessonDraft(courseSlug: $courseSlug, lessonSlug: $lessonSlug) {\n      ...LessonDraftFields\n    }\n  }\n"): typeof import('./graphql').LessonDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      lesson {\n        ...LessonDraftFields\n      }\n      conflict {\n        message\n        yours\n        theirs\n        revision\n      }\n    }\n  }\n"): typeof import('./graphql').SaveLessonDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizDraftFields on QuizDraft {\n    courseSlug\n    moduleSlug\n    provinceCode\n    path\n    title\n    passingScore\n    maxAttempts\n    retryAfterHours\n    revision\n    text\n    publishedText\n    questions {\n      slug\n      type\n      situation\n      prompt\n      options {\n        id\n        text\n        correct\n        explanation\n      }\n    }\n    problems {\n      path\n      field\n      code\n      message\n    }\n    draft {\n      ...DraftFields\n    }\n  }\n"): typeof import('./graphql').QuizDraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuizDraft($courseSlug: String!, $moduleSlug: String!, $provinceCode: String) {\n    quizDraft(courseSlug: $courseSlug, moduleSlug: $moduleSlug, provinceCode: $provinceCode) {\n      ...QuizDraftFields\n    }\n  }\n"): typeof import('./graphql').QuizDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuizDraft($input: SaveQuizDraftInput!) {\n    saveQuizDraft(input: $input) {\n      quiz {\n        ...QuizDraftFields\n      }\n      conflict {\n        message\n        yours\n        theirs\n        revision\n      }\n    }\n  }\n"): typeof import('./graphql').SaveQuizDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentDrafts($courseSlug: String!) {\n    contentDrafts(courseSlug: $courseSlug) {\n      ...DraftFields\n      problems {\n        path\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ContentDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDraft($input: SubmitDraftInput!) {\n    submitDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n"): typeof import('./graphql').SubmitDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDraft($input: ReviewDraftInput!) {\n    reviewDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n"): typeof import('./graphql').ReviewDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDraft($input: PublishDraftInput!) {\n    publishDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n"): typeof import('./graphql').PublishDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentVersions($courseSlug: String!) {\n    contentVersions(courseSlug: $courseSlug) {\n      id\n      number\n      kind\n      authorName\n      reviewerName\n      note\n      restoredFrom\n      changed\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ContentVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContentVersion($input: RestoreContentVersionInput!) {\n    restoreContentVersion(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').RestoreContentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    myCertificates {\n      serial\n      status\n      holderName\n      courseTitle\n      issuer\n      completedAt\n    }\n  }\n"): typeof import('./graphql').MyCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certificate($serial: String!) {\n    certificate(serial: $serial) {\n      serial\n      status\n      holderName\n      courseTitle\n      issuer\n      completedAt\n      modules {\n        position\n        title\n        provinceCode\n        variantTitle\n      }\n      verifyUrl\n      qrUrl\n      revokedAt\n      revokedReason\n      replacedBySerial\n    }\n  }\n"): typeof import('./graphql').CertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($serial: String!) {\n    verifyCertificate(serial: $serial) {\n      serial\n      result\n      holderName\n      courseTitle\n      completedAt\n      issuer\n      modules {\n        position\n        provinceCode\n      }\n      revokedAt\n      revokedReason\n      replacedBySerial\n    }\n  }\n"): typeof import('./graphql').VerifyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      serial\n      status\n      revokedAt\n      revokedReason\n    }\n  }\n"): typeof import('./graphql').RevokeCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      serial\n      status\n      holderName\n    }\n  }\n"): typeof import('./graphql').ReissueCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseOutline($slug: String!, $provinceCode: String) {\n    course(slug: $slug) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      totalMinutes\n      modules(provinceCode: $provinceCode) {\n        id\n        slug\n        position\n        title {\n          vi\n          en\n        }\n        summary {\n          vi\n          en\n        }\n        provinceCode\n        totalMinutes\n        downloadBytes\n        lessons {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n          minutes\n        }\n        quiz {\n          id\n          questionCount\n          passingScore\n          maxAttempts\n        }\n        variants {\n          provinceCode\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseOutlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Courses {\n    courses {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      moduleCount\n      lessonCount\n      totalMinutes\n    }\n  }\n"): typeof import('./graphql').CoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgress($courseSlug: String!) {\n    myProgress(courseSlug: $courseSlug) {\n      courseSlug\n      percent\n      completed\n      nextLesson {\n        id\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      modules {\n        moduleId\n        slug\n        lessonsDone\n        lessonsTotal\n        completedLessonIds\n        quizId\n        quizBestScore\n        quizAttempts\n        quizMaxAttempts\n        quizPassed\n        completed\n        nextLesson {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quiz($id: ID!) {\n    quiz(id: $id) {\n      id\n      moduleId\n      moduleTitle {\n        vi\n        en\n      }\n      passingScore\n      maxAttempts\n      attemptsUsed\n      attemptsLeft\n      round\n      nextRoundAt\n      retryAfterHours\n      lessons {\n        id\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      passed\n      questions {\n        slug\n        type\n        prompt {\n          vi\n          en\n        }\n        options {\n          id\n          text {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuizDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuiz($input: SubmitQuizInput!) {\n    submitQuiz(input: $input) {\n      quizId\n      attemptNumber\n      attemptsLeft\n      score\n      passed\n      correctCount\n      questionCount\n      moduleCompleted\n      courseCompleted\n      questions {\n        slug\n        correct\n        prompt {\n          vi\n          en\n        }\n        options {\n          id\n          selected\n          correct\n          text {\n            vi\n            en\n          }\n          explanation {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitQuizDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {\n    lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      minutes\n      objectives {\n        vi\n        en\n      }\n      body\n      moduleTitle {\n        vi\n        en\n      }\n      provinceCode\n      previous {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      next {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReportScope {\n    myReportScope\n  }\n"): typeof import('./graphql').MyReportScopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionReport($input: CompletionReportInput!) {\n    completionReport(input: $input) {\n      scope {\n        code\n        level\n        name\n      }\n      breadcrumbs {\n        code\n        level\n        name\n      }\n      from\n      to\n      modules {\n        id\n        position\n        title {\n          vi\n          en\n        }\n      }\n      totals {\n        kind\n        name\n        scopeCode\n        teamMembers {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n        citizens {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n      }\n      rows {\n        kind\n        name\n        scopeCode\n        teamMembers {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n        citizens {\n          registered\n          enrolled\n          started\n          modulesCompleted\n          courseCompleted\n          certificatesIssued\n          completionRate\n        }\n      }\n      members {\n        userId\n        fullName\n        phoneMasked\n        role\n        enrolled\n        modulesCompleted\n        courseCompleted\n        lastActiveAt\n      }\n    }\n  }\n"): typeof import('./graphql').CompletionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionTimeSeries($input: CompletionReportInput!) {\n    completionTimeSeries(input: $input) {\n      weeks {\n        weekStart\n        teamMemberModules\n        teamMemberCourses\n        citizenModules\n        citizenCourses\n      }\n    }\n  }\n"): typeof import('./graphql').CompletionTimeSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleFunnel($input: CompletionReportInput!) {\n    moduleFunnel(input: $input) {\n      steps {\n        module {\n          id\n          position\n          title {\n            vi\n            en\n          }\n        }\n        teamMembersReached\n        teamMembersPassedQuiz\n        teamMembersCompleted\n        citizensReached\n        citizensPassedQuiz\n        citizensCompleted\n      }\n    }\n  }\n"): typeof import('./graphql').ModuleFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams($filter: TeamsFilterInput) {\n    teams(filter: $filter) {\n      total\n      items {\n        id\n        name\n        village\n        memberCount\n        commune {\n          code\n          name\n          province {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      village\n      memberCount\n      commune {\n        code\n        name\n        province {\n          code\n          name\n        }\n      }\n      members {\n        role\n        joinedAt\n        user {\n          id\n          fullName\n          phone\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      role\n      user {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').AddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($input: TeamMemberRefInput!) {\n    removeTeamMember(input: $input)\n  }\n"): typeof import('./graphql').RemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamLeader($input: SetTeamLeaderInput!) {\n    setTeamLeader(input: $input) {\n      role\n      user {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').SetTeamLeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTeamMembers($input: ImportTeamMembersInput!) {\n    importTeamMembers(input: $input) {\n      imported\n      failed\n      rows {\n        line\n        phone\n        fullName\n        ok\n        error {\n          vi\n          en\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportTeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamProgress($teamId: ID!, $courseSlug: String!) {\n    teamProgress(teamId: $teamId, courseSlug: $courseSlug) {\n      role\n      user {\n        id\n        fullName\n      }\n      progress {\n        percent\n        completed\n        lastActiveAt\n        modules {\n          moduleId\n          completed\n          title {\n            vi\n            en\n          }\n          quizId\n          quizPassed\n          quizAttemptsLeft\n          quizNextRoundAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantQuizRound($input: GrantQuizRoundInput!) {\n    grantQuizRound(input: $input) {\n      userId\n      quizId\n      round\n      grantedAt\n    }\n  }\n"): typeof import('./graphql').GrantQuizRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').ProvincesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceCommunes($code: String!) {\n    adminUnit(code: $code) {\n      code\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').ProvinceCommunesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCommunes($text: String!, $provinceCode: String) {\n    searchAdminUnits(text: $text, provinceCode: $provinceCode, limit: 20) {\n      code\n      name\n      level\n      province {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SearchCommunesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncProgress($input: SyncProgressInput!) {\n    syncProgress(input: $input) {\n      clientEventId\n      status\n      reason {\n        vi\n        en\n      }\n    }\n  }\n"): typeof import('./graphql').SyncProgressDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
