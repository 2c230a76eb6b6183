import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../identity/decorators.js';
import { CatalogReadModel } from './catalog-read-model.service.js';
import { CourseModuleModel } from './models/course-module.model.js';
import { CourseModel } from './models/course.model.js';
import { LessonModel } from './models/lesson.model.js';

const provinceArg = {
  nullable: true,
  type: () => String,
  description: 'Official province code (e.g. "01"); modules with a variant for it show that variant.',
} as const;

/**
 * Course content is public: anyone may read lessons without an account. Answers come from the in-memory read model
 * of the current content revision; nothing here may depend on the viewer (content answers are cached by proxies).
 */
@Public()
@Resolver(() => CourseModel)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogReadModel) {}

  @Query(() => [CourseModel], { description: 'Every course on the platform.' })
  courses(): Promise<CourseModel[]> {
    return this.catalog.courses();
  }

  @Query(() => CourseModel, { nullable: true })
  course(@Args('slug') slug: string): Promise<CourseModel | null> {
    return this.catalog.course(slug);
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
    return this.catalog.lesson(courseSlug, lessonSlug, provinceCode ?? null);
  }
}
