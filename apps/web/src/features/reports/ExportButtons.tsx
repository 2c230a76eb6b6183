import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../shared/auth/session-store.js';
import { refreshSession } from '../../shared/graphql/execute.js';
import type { ReportParams } from './report-params.js';

type Format = 'csv' | 'xlsx';

async function download(format: Format, params: ReportParams): Promise<void> {
  const query = new URLSearchParams({ scopeCode: params.scopeCode, courseSlug: params.courseSlug });
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  const url = `/reports/completion.${format}?${query}`;
  const send = () =>
    fetch(url, { headers: { Authorization: `Bearer ${sessionStore.get()?.accessToken ?? ''}` }, credentials: 'same-origin' });
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const name =
    /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `bao-cao-${params.scopeCode}.${format}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** CSV (opens in Excel with Vietnamese intact) and XLSX of the report on screen, with the same scope and dates. */
export function ExportButtons({ params }: { params: ReportParams }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  const run = (format: Format) => {
    setBusy(format);
    setFailed(false);
    download(format, params)
      .catch(() => setFailed(true))
      .finally(() => setBusy(null));
  };
  return (
    <div className="button-row report-export" role="group" aria-label={t('reports.export')}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <button key={format} type="button" className="button" disabled={busy !== null} onClick={() => run(format)}>
          {busy === format ? t('reports.exporting') : t(format === 'csv' ? 'reports.exportCsv' : 'reports.exportXlsx')}
        </button>
      ))}
      {failed && (
        <p className="state state--error" role="alert">
          {t('reports.exportFailed')}
        </p>
      )}
    </div>
  );
}
