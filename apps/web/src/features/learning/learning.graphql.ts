import { graphql } from '../../gql/index.js';

export const MyProgressQuery = graphql(`
  query MyProgress($courseSlug: String!) {
    myProgress(courseSlug: $courseSlug) {
      courseSlug
      percent
      completed
      nextLesson {
        id
        slug
        title {
          vi
          en
        }
      }
      modules {
        moduleId
        slug
        lessonsDone
        lessonsTotal
        completedLessonIds
        quizId
        quizBestScore
        quizAttempts
        quizMaxAttempts
        quizPassed
        completed
        nextLesson {
          id
          slug
          title {
            vi
            en
          }
        }
      }
    }
  }
`);

export const QuizQuery = graphql(`
  query Quiz($id: ID!) {
    quiz(id: $id) {
      id
      moduleId
      moduleTitle {
        vi
        en
      }
      passingScore
      maxAttempts
      attemptsUsed
      attemptsLeft
      round
      nextRoundAt
      retryAfterHours
      lessons {
        id
        slug
        title {
          vi
          en
        }
      }
      passed
      questions {
        slug
        type
        prompt {
          vi
          en
        }
        options {
          id
          text {
            vi
            en
          }
        }
      }
    }
  }
`);

export const SubmitQuizMutation = graphql(`
  mutation SubmitQuiz($input: SubmitQuizInput!) {
    submitQuiz(input: $input) {
      quizId
      attemptNumber
      attemptsLeft
      score
      passed
      correctCount
      questionCount
      moduleCompleted
      courseCompleted
      questions {
        slug
        correct
        prompt {
          vi
          en
        }
        options {
          id
          selected
          correct
          text {
            vi
            en
          }
          explanation {
            vi
            en
          }
        }
      }
    }
  }
`);
