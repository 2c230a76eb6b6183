import { useQuery } from '@tanstack/react-query';
import { readContent } from '../../shared/graphql/execute.js';
import { useLocalized } from '../../shared/localized.js';
import { CourseOutlineQuery } from '../courses/course-outline.graphql.js';
import { useReaderProvince } from '../courses/use-province-param.js';

export interface NextModule {
  title: string;
  /** Its first lesson, in the province variant the learner reads. */
  href: string;
}

/**
 * The module after this one, from the outline the course page shows (same query, so usually already in the cache):
 * where "Học phần tiếp theo" leads after a passed quiz. None after the last module.
 */
export function useNextModule(courseSlug: string, moduleId: string | undefined): NextModule | null {
  const text = useLocalized();
  const provinceCode = useReaderProvince();
  const outline = useQuery({
    queryKey: ['course-outline', courseSlug, provinceCode],
    queryFn: () => readContent(CourseOutlineQuery, { slug: courseSlug, provinceCode }),
    enabled: moduleId !== undefined,
  });
  const modules = outline.data?.course?.modules ?? [];
  const index = modules.findIndex((m) => m.id === moduleId);
  const next = index >= 0 ? modules[index + 1] : undefined;
  const first = next?.lessons[0];
  if (!next || !first) return null;
  const tinh = next.provinceCode ? `?tinh=${next.provinceCode}` : '';
  return { title: text(next.title), href: `/courses/${courseSlug}/lessons/${first.slug}${tinh}` };
}
