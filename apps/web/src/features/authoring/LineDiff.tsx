import { useTranslation } from 'react-i18next';
import { lineDiff } from './line-diff.js';
import { NS } from './texts.js';

/** An inline diff of two texts: removed lines struck through, added lines marked, both said in words for screen readers. */
export function LineDiff({ before, after }: { before: string | null; after: string | null }) {
  const { t } = useTranslation(NS);
  const lines = lineDiff(before ?? '', after ?? '');
  if (!lines.some((l) => l.kind !== 'same')) return <p className="state state--empty">{t('noChanges')}</p>;
  return (
    <pre className="diff">
      {lines.map((line, i) =>
        line.kind === 'same' ? (
          <span key={i} className="diff__same">
            {'  '}
            {line.text}
            {'\n'}
          </span>
        ) : line.kind === 'added' ? (
          <ins key={i} className="diff__added">
            <span className="visually-hidden">{t('diffAdded')}: </span>+ {line.text}
            {'\n'}
          </ins>
        ) : (
          <del key={i} className="diff__removed">
            <span className="visually-hidden">{t('diffRemoved')}: </span>- {line.text}
            {'\n'}
          </del>
        ),
      )}
    </pre>
  );
}
