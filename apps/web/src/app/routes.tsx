import { Route, Switch } from 'wouter';
import { CourseListPage } from '../features/courses/CourseListPage.js';
import { NotFoundPage } from './NotFoundPage.js';

/** Later features add their pages here, lazily loaded (React.lazy) so the first page stays small. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={CourseListPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
