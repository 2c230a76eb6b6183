import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../identity/decorators.js';
import { CatalogService } from './catalog.service.js';
import { CourseModuleModel } from './models/course-module.model.js';
import { CourseModel } from './models/course.model.js';
import { LessonModel } from './models/lesson.model.js';

const provinceArg = {
  nullable: true,
  type: () => String,
  description: 'Official province code (e.g. "01"); modules with a variant for it show that variant.',
} as const;

/** Course content is public: anyone may read lessons without an account. */
@Public()
@Resolver(() => CourseModel)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [CourseModel], { description: 'Every course on the platform.' })
  courses(): Promise<CourseModel[]> {
    return this.catalog.listCourses();
  }

  @Query(() => CourseModel, { nullable: true })
  course(@Args('slug') slug: string): Promise<CourseModel | null> {
    return this.catalog.findCourse(slug);
  }

  @ResolveField(() => [CourseModuleModel])
  modules(@Parent() course: CourseModel, @Args('provinceCode', provinceArg) provinceCode: string | null): Promise<CourseModuleModel[]> {
    return this.catalog.outline(course.id, provinceCode ?? null);
  }

  @Query(() => LessonModel, { nullable: true })
  lesson(
    @Args('courseSlug') courseSlug: string,
    @Args('lessonSlug') lessonSlug: string,
    @Args('provinceCode', provinceArg) provinceCode: string | null,
  ): Promise<LessonModel | null> {
    return this.catalog.findLesson(courseSlug, lessonSlug, provinceCode ?? null);
  }
}
