import { ContentRevision } from './content-revision.entity.js';
import { ContentVersion } from './content-version.entity.js';
import { CourseAsset } from './course-asset.entity.js';
import { CourseModule } from './course-module.entity.js';
import { Course } from './course.entity.js';
import { Lesson } from './lesson.entity.js';
import { Quiz } from './quiz.entity.js';

export { ContentRevision, ContentVersion, CourseAsset, CourseModule, Course, Lesson, Quiz };
export const catalogEntities = [Course, CourseModule, Lesson, Quiz, CourseAsset, ContentVersion, ContentRevision];
