import { useTranslation } from 'react-i18next';
import { MarkdownBody } from '../lessons/MarkdownBody.js';

/**
 * The lesson as a learner's lesson page shows it (the same markup and the same Markdown renderer), with images
 * written beside the lesson (`images/…`) pointed at the API's asset route as the importer does.
 */
export function LessonPreview({ courseSlug, path, title, minutes, objectives, body }: LessonPreviewProps) {
  const { t } = useTranslation();
  const folder = path.split('/').slice(0, -1).join('/');
  const markdown = body.replace(
    /(!\[[^\]]*\]\(\s*<?)(?![a-z]+:|\/)([^)\s>]+)/gi,
    (_, head: string, src: string) => `${head}${assetUrl(courseSlug, folder, src)}`,
  );
  return (
    <article className="lesson-preview">
      <h1>{title}</h1>
      <p className="card__meta">{t('lesson.minutes', { count: minutes })}</p>
      <section className="objectives">
        <h2>{t('lesson.objectives')}</h2>
        <ul>
          {objectives.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ul>
      </section>
      <MarkdownBody markdown={markdown} />
    </article>
  );
}

interface LessonPreviewProps {
  courseSlug: string;
  path: string;
  title: string;
  minutes: number;
  objectives: string[];
  body: string;
}

function assetUrl(courseSlug: string, folder: string, src: string): string {
  const parts: string[] = folder ? folder.split('/') : [];
  for (const part of decodeURI(src).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return `/assets/course/${courseSlug}/${parts.map(encodeURIComponent).join('/')}`;
}
