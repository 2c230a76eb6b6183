import { graphql } from '../../gql/index.js';

export const AuthoringCourseQuery = graphql(`
  query AuthoringCourse($courseSlug: String!) {
    authoringCourse(courseSlug: $courseSlug) {
      courseSlug
      national
      provinces
      modules {
        slug
        title
        provinces
        hasTemplate
        editableQuizzes
        lessons {
          slug
          title
          position
          provinceCode
          canEdit
          draftId
        }
      }
    }
  }
`);

export const LessonDraftQuery = graphql(`
  query LessonDraft($courseSlug: String!, $lessonSlug: String!) {
    lessonDraft(courseSlug: $courseSlug, lessonSlug: $lessonSlug) {
      courseSlug
      lessonSlug
      moduleSlug
      provinceCode
      position
      path
      title
      minutes
      objectives
      body
      archived
      revision
      text
      publishedText
      problems {
        path
        field
        code
        message
      }
      draft {
        id
        courseSlug
        provinceCode
        title
        status
        authorName
        reviewerName
        reviewComment
        submittedAt
        updatedAt
        mine
        canReview
        files {
          path
          change
          before
          after
        }
        images {
          path
          change
        }
      }
    }
  }
`);

export const SaveLessonDraftMutation = graphql(`
  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {
    saveLessonDraft(input: $input) {
      lesson {
        courseSlug
        lessonSlug
        moduleSlug
        provinceCode
        position
        path
        title
        minutes
        objectives
        body
        archived
        revision
        text
        publishedText
        problems {
          path
          field
          code
          message
        }
        draft {
          id
          courseSlug
          provinceCode
          title
          status
          authorName
          reviewerName
          reviewComment
          submittedAt
          updatedAt
          mine
          canReview
          files {
            path
            change
            before
            after
          }
          images {
            path
            change
          }
        }
      }
      conflict {
        message
        yours
        theirs
        revision
      }
    }
  }
`);

export const QuizDraftQuery = graphql(`
  query QuizDraft($courseSlug: String!, $moduleSlug: String!, $provinceCode: String) {
    quizDraft(courseSlug: $courseSlug, moduleSlug: $moduleSlug, provinceCode: $provinceCode) {
      courseSlug
      moduleSlug
      provinceCode
      path
      title
      passingScore
      maxAttempts
      retryAfterHours
      revision
      text
      publishedText
      questions {
        slug
        type
        situation
        prompt
        options {
          id
          text
          correct
          explanation
        }
      }
      problems {
        path
        field
        code
        message
      }
      draft {
        id
        courseSlug
        provinceCode
        title
        status
        authorName
        reviewerName
        reviewComment
        submittedAt
        updatedAt
        mine
        canReview
        files {
          path
          change
          before
          after
        }
      }
    }
  }
`);

export const SaveQuizDraftMutation = graphql(`
  mutation SaveQuizDraft($input: SaveQuizDraftInput!) {
    saveQuizDraft(input: $input) {
      quiz {
        courseSlug
        moduleSlug
        provinceCode
        path
        title
        passingScore
        maxAttempts
        retryAfterHours
        revision
        text
        publishedText
        questions {
          slug
          type
          situation
          prompt
          options {
            id
            text
            correct
            explanation
          }
        }
        problems {
          path
          field
          code
          message
        }
        draft {
          id
          courseSlug
          provinceCode
          title
          status
          authorName
          reviewerName
          reviewComment
          submittedAt
          updatedAt
          mine
          canReview
          files {
            path
            change
            before
            after
          }
        }
      }
      conflict {
        message
        yours
        theirs
        revision
      }
    }
  }
`);

export const ContentDraftsQuery = graphql(`
  query ContentDrafts($courseSlug: String!) {
    contentDrafts(courseSlug: $courseSlug) {
      id
      courseSlug
      provinceCode
      title
      status
      authorName
      reviewerName
      reviewComment
      submittedAt
      updatedAt
      mine
      canReview
      files {
        path
        change
        before
        after
      }
      images {
        path
        change
      }
      problems {
        path
        field
        message
      }
    }
  }
`);

export const SubmitDraftMutation = graphql(`
  mutation SubmitDraft($input: SubmitDraftInput!) {
    submitDraft(input: $input) {
      id
      courseSlug
      provinceCode
      title
      status
      authorName
      reviewerName
      reviewComment
      submittedAt
      updatedAt
      mine
      canReview
      files {
        path
        change
        before
        after
      }
    }
  }
`);

export const ReviewDraftMutation = graphql(`
  mutation ReviewDraft($input: ReviewDraftInput!) {
    reviewDraft(input: $input) {
      id
      courseSlug
      provinceCode
      title
      status
      authorName
      reviewerName
      reviewComment
      submittedAt
      updatedAt
      mine
      canReview
      files {
        path
        change
        before
        after
      }
    }
  }
`);

export const PublishDraftMutation = graphql(`
  mutation PublishDraft($input: PublishDraftInput!) {
    publishDraft(input: $input) {
      id
      courseSlug
      provinceCode
      title
      status
      authorName
      reviewerName
      reviewComment
      submittedAt
      updatedAt
      mine
      canReview
      files {
        path
        change
        before
        after
      }
    }
  }
`);

export const ContentVersionsQuery = graphql(`
  query ContentVersions($courseSlug: String!) {
    contentVersions(courseSlug: $courseSlug) {
      id
      number
      kind
      authorName
      reviewerName
      note
      restoredFrom
      changed
      createdAt
    }
  }
`);

export const RestoreContentVersionMutation = graphql(`
  mutation RestoreContentVersion($input: RestoreContentVersionInput!) {
    restoreContentVersion(input: $input) {
      id
      number
    }
  }
`);

export const ModulePreviewQuery = graphql(`
  query ModulePreview($courseSlug: String!, $moduleSlug: String!, $provinceCode: String, $draftId: ID) {
    modulePreview(courseSlug: $courseSlug, moduleSlug: $moduleSlug, provinceCode: $provinceCode, draftId: $draftId) {
      courseSlug
      moduleSlug
      provinceCode
      title
      draftId
      quizQuestionCount
      provinceQuestionCount
      lessons {
        slug
        title
        minutes
        position
        provinceCode
        changed
      }
    }
  }
`);

export const OpenDraftsQuery = graphql(`
  query OpenDrafts($courseSlug: String!) {
    contentDrafts(courseSlug: $courseSlug) {
      id
      title
      status
      mine
      provinceCode
      updatedAt
    }
  }
`);
