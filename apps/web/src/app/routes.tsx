import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { CourseListPage } from '../features/courses/CourseListPage.js';
import { NotFoundPage } from './NotFoundPage.js';
import { PageErrorBoundary } from './PageErrorBoundary.js';

// Every page but the first is loaded on demand, so the first page stays small on a cheap phone.
const CourseOverviewPage = lazy(() => import('../features/courses/CourseOverviewPage.js').then((m) => ({ default: m.CourseOverviewPage })));
const LessonPage = lazy(() => import('../features/lessons/LessonPage.js'));
const QuizPage = lazy(() => import('../features/learning/QuizPage.js'));
const SignUpPage = lazy(() => import('../features/account/SignUpPage.js'));
const SignInPage = lazy(() => import('../features/account/SignInPage.js'));
const ProfilePage = lazy(() => import('../features/account/ProfilePage.js'));
const ResetPasswordPage = lazy(() => import('../features/account/ResetPasswordPage.js'));
const TeamsPage = lazy(() => import('../features/teams/TeamsPage.js'));
const TeamPage = lazy(() => import('../features/teams/TeamPage.js'));
const QuizRoundHelpPage = lazy(() => import('../features/teams/QuizRoundHelpPage.js'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage.js'));
const MyCertificatesPage = lazy(() => import('../features/certificates/MyCertificatesPage.js'));
const CertificatePage = lazy(() => import('../features/certificates/CertificatePage.js'));
const VerifyPage = lazy(() => import('../features/certificates/VerifyPage.js'));
const ScanPage = lazy(() => import('../features/certificates/ScanPage.js'));
const AuthoringPage = lazy(() => import('../features/authoring/AuthoringPage.js'));
const LessonEditorPage = lazy(() => import('../features/authoring/LessonEditorPage.js'));
const QuizEditorPage = lazy(() => import('../features/authoring/QuizEditorPage.js'));

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('state.loading')}
    </p>
  );
}

export function AppRoutes() {
  const [location] = useLocation();
  return (
    <PageErrorBoundary resetKey={location}>
      <Suspense fallback={<PageLoading />}>
        <Switch>
          <Route path="/" component={CourseListPage} />
          <Route path="/courses/:slug" component={CourseOverviewPage} />
          <Route path="/courses/:slug/lessons/:lessonSlug" component={LessonPage} />
          <Route path="/courses/:slug/quiz/:quizId" component={QuizPage} />
          <Route path="/dang-ky" component={SignUpPage} />
          <Route path="/dang-nhap" component={SignInPage} />
          <Route path="/tai-khoan" component={ProfilePage} />
          <Route path="/quen-mat-khau" component={ResetPasswordPage} />
          <Route path="/to" component={TeamsPage} />
          <Route path="/to/:id" component={TeamPage} />
          <Route path="/cho-lam-lai" component={QuizRoundHelpPage} />
          <Route path="/bao-cao" component={ReportsPage} />
          <Route path="/chung-nhan" component={MyCertificatesPage} />
          <Route path="/chung-nhan/:serial" component={CertificatePage} />
          <Route path="/xac-minh" component={ScanPage} />
          <Route path="/xac-minh/:serial" component={VerifyPage} />
          <Route path="/soan-bai" component={AuthoringPage} />
          <Route path="/soan-bai/:courseSlug/bai-moi" component={LessonEditorPage} />
          <Route path="/soan-bai/:courseSlug/bai/:lessonSlug" component={LessonEditorPage} />
          <Route path="/soan-bai/:courseSlug/kiem-tra/:moduleSlug" component={QuizEditorPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </PageErrorBoundary>
  );
}
