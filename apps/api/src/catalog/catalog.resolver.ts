import { Query, Resolver } from '@nestjs/graphql';
import { CatalogService } from './catalog.service.js';
import { CourseModel } from './models/course.model.js';

@Resolver(() => CourseModel)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [CourseModel], { description: 'Every course on the platform; public.' })
  courses(): Promise<CourseModel[]> {
    return this.catalog.listCourses();
  }
}
