import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime } from '../../shared/format-date.js';
import { useLocalized, type LocalizedTextValue } from '../../shared/localized.js';
import './quiz-texts.js';

interface QuizWaitProps {
  /** When the next round opens by itself (from the course files' waiting time). */
  nextRoundAt: unknown;
  lessons: { id: string; slug: string; title: LocalizedTextValue }[];
  courseHref: string;
}

/** After a round's attempts: when the next round opens, which lessons to reread meanwhile, and whom to ask. */
export function QuizWait({ nextRoundAt, lessons, courseHref }: QuizWaitProps) {
  const { t, i18n } = useTranslation();
  const text = useLocalized();
  return (
    <>
      {Boolean(nextRoundAt) && (
        <p className="quiz-notice__when">
          <strong>{t('quiz.nextRoundAt', { when: formatDateTime(nextRoundAt, i18n.language) })}</strong>
        </p>
      )}
      {lessons.length > 0 && (
        <>
          <p>{t('quiz.rereadWhileWaiting')}</p>
          <ul className="link-list">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`${courseHref}/lessons/${lesson.slug}`}>{text(lesson.title)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('quiz.noAttemptsHelp')}</p>
    </>
  );
}
