import { useTranslation } from 'react-i18next';
import { MarkdownBody } from '../lessons/MarkdownBody.js';
import '../lessons/lesson-texts.js';

/**
 * The lesson as a learner's lesson page shows it (the same markup and the same Markdown renderer), with images
 * written beside the lesson (`images/…`) pointed at the API's asset route as the importer does (images only in the
 * draft: at the URLs the editor fetched them to).
 */
export function LessonPreview({ courseSlug, path, title, minutes, objectives, body, images = {} }: LessonPreviewProps) {
  const { t } = useTranslation();
  const folder = path.split('/').slice(0, -1).join('/');
  const markdown = body.replace(
    /(!\[[^\]]*\]\(\s*<?)(?![a-z]+:|\/)([^)\s>]+)/gi,
    (_, head: string, src: string) => `${head}${assetUrl(courseSlug, coursePath(folder, src))}`,
  );
  // A draft's image is not at the asset route yet: shown from the URL the editor fetched it to.
  const localUrls = Object.fromEntries(Object.entries(images).map(([path, url]) => [assetUrl(courseSlug, path), url]));
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
      <MarkdownBody markdown={markdown} localUrls={localUrls} />
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
  /** Images of the draft, not published yet: course-relative path → URL the editor fetched them to. */
  images?: Record<string, string>;
}

function assetUrl(courseSlug: string, path: string): string {
  return `/assets/course/${courseSlug}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Where `src`, written in a lesson of `folder`, sits in the course folder. */
function coursePath(folder: string, src: string): string {
  const parts: string[] = folder ? folder.split('/') : [];
  for (const part of decodeURI(src).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
