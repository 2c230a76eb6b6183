import { Injectable } from '@nestjs/common';
import type { CourseTree } from '@lantoa/course-format';
import { DataSource } from 'typeorm';
import { ContentVersion, Course } from './entities/index.js';

export interface PublishedCourse {
  courseId: string;
  slug: string;
  version: ContentVersion & { tree: CourseTree };
}

/** The published content's history: what authoring reads to edit, compare, export and restore. */
@Injectable()
export class ContentVersionsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The course as published now (its latest version with the folder kept), or null for an unknown course. */
  async published(courseSlug: string): Promise<PublishedCourse | null> {
    const course = await this.dataSource.getRepository(Course).findOne({ where: { slug: courseSlug } });
    if (!course) return null;
    const version = await this.dataSource
      .getRepository(ContentVersion)
      .createQueryBuilder('v')
      .where('v.course_id = :id AND v.tree IS NOT NULL', { id: course.id })
      .orderBy('v.number', 'DESC')
      .limit(1)
      .getOne();
    if (!version?.tree) return null;
    return { courseId: course.id, slug: course.slug, version: version as PublishedCourse['version'] };
  }

  /** Every version of a course, newest first, without the folders. */
  async list(courseSlug: string): Promise<ContentVersion[]> {
    return this.dataSource
      .getRepository(ContentVersion)
      .createQueryBuilder('v')
      .select([
        'v.id',
        'v.courseId',
        'v.number',
        'v.kind',
        'v.changes',
        'v.authorId',
        'v.reviewerId',
        'v.note',
        'v.restoredFrom',
        'v.createdAt',
      ])
      .innerJoin(Course, 'c', 'c.id = v.course_id')
      .where('c.slug = :courseSlug', { courseSlug })
      .orderBy('v.number', 'DESC')
      .getMany();
  }

  async find(versionId: string): Promise<(ContentVersion & { courseSlug: string }) | null> {
    const version = await this.dataSource.getRepository(ContentVersion).findOne({ where: { id: versionId } });
    if (!version) return null;
    const course = await this.dataSource.getRepository(Course).findOneOrFail({ where: { id: version.courseId } });
    return { ...version, courseSlug: course.slug };
  }

  /** Course slugs, for the authoring start page. */
  async courseSlugs(): Promise<string[]> {
    return (await this.dataSource.getRepository(Course).find({ order: { slug: 'ASC' } })).map((c) => c.slug);
  }
}
