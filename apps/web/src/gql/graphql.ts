/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CourseOutlineQueryVariables = Exact<{
  slug: string;
  provinceCode?: string | null | undefined;
}>;


export type CourseOutlineQuery = { course: { id: string, slug: string, totalMinutes: number, title: { vi: string, en: string | null }, summary: { vi: string, en: string | null }, modules: Array<{ id: string, slug: string, position: number, provinceCode: string | null, totalMinutes: number, title: { vi: string, en: string | null }, summary: { vi: string, en: string | null }, lessons: Array<{ id: string, slug: string, minutes: number, title: { vi: string, en: string | null } }>, quiz: { id: string, questionCount: number, passingScore: number, maxAttempts: number | null } | null, variants: Array<{ provinceCode: string, title: { vi: string, en: string | null } | null }> }> } | null };

export type CoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesQuery = { courses: Array<{ id: string, slug: string, moduleCount: number, lessonCount: number, totalMinutes: number, title: { vi: string, en: string | null }, summary: { vi: string, en: string | null } }> };

export type LessonQueryVariables = Exact<{
  courseSlug: string;
  lessonSlug: string;
  provinceCode?: string | null | undefined;
}>;


export type LessonQuery = { lesson: { id: string, slug: string, minutes: number, body: string, provinceCode: string | null, title: { vi: string, en: string | null }, objectives: Array<{ vi: string, en: string | null }>, moduleTitle: { vi: string, en: string | null }, previous: { slug: string, title: { vi: string, en: string | null } } | null, next: { slug: string, title: { vi: string, en: string | null } } | null } | null };

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