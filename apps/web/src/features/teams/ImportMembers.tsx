import { formatPhone } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTeamMembersMutation } from '../../gql/graphql.js';
import { FieldError, FormAlert, SubmitButton } from '../../shared/forms/Field.js';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { pickText } from '../../shared/localized.js';
import { refreshTeam } from './refresh-team.js';
import { ImportTeamMembersMutation as ImportDocument } from './teams.graphql.js';
import './teams-texts.js';

type Report = ImportTeamMembersMutation['importTeamMembers'];

/** An Excel workbook is sent as it is (base64); the API reads its first sheet. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Reads the chosen file in the phone's browser; the text (not the file) goes to the API. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

class FileProblem extends Error {}

/** Import members from a CSV file: all rows or none go in; the report says, row by row, what to fix. */
export function ImportMembers({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const [onlyFailed, setOnlyFailed] = useState(false);
  const importMembers = useMutation({
    mutationFn: async () => {
      const file = fileRef.current?.files?.[0];
      if (!file) throw new FileProblem(t('team.importChooseFile'));
      const excel = /\.xlsx$/i.test(file.name);
      let content: string;
      try {
        content = excel ? await readBase64(file) : await readText(file);
      } catch {
        throw new FileProblem(t('team.importReadError'));
      }
      const input = excel ? { teamId, xlsx: content } : { teamId, csv: content };
      return (await execute(ImportDocument, { input })).importTeamMembers;
    },
    onSuccess: async (report) => {
      setOnlyFailed(false);
      if (report.failed === 0) {
        if (fileRef.current) fileRef.current.value = '';
        await refreshTeam(queryClient, teamId);
      }
    },
    onError: () => fileRef.current?.focus(),
  });
  const problem = importMembers.error instanceof FileProblem ? importMembers.error.message : null;
  const errors = problem ? { general: null, fields: { csv: problem } } : formErrors(importMembers.error, i18n.language, t);
  const report = importMembers.data;
  const fileError = errors.fields.csv;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!importMembers.isPending) importMembers.mutate();
  }

  return (
    <>
      <form noValidate onSubmit={submit} className="form" aria-labelledby="import-title">
        <h2 id="import-title">{t('team.import')}</h2>
        <p id="import-help">{t('team.importHelp')}</p>
        <p className="button-row">
          <a className="button" href="/mau/danh-sach-thanh-vien-to.xlsx" download>
            {t('team.templateXlsx')}
          </a>
          <a className="button" href="/mau/danh-sach-thanh-vien-to.csv" download>
            {t('team.templateCsv')}
          </a>
        </p>
        <p className="field__hint">{t('team.importAllOrNone')}</p>
        <FormAlert message={errors.general} />
        <div className={`field${fileError ? ' field--invalid' : ''}`}>
          <label htmlFor="import-file">{t('team.importFile')}</label>
          <input
            ref={fileRef}
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={['import-help', fileError ? 'import-file-error' : null].filter(Boolean).join(' ')}
            aria-invalid={fileError ? true : undefined}
          />
          <FieldError id="import-file" error={fileError} />
        </div>
        <SubmitButton pending={importMembers.isPending}>{t('team.importSubmit')}</SubmitButton>
      </form>

      <div
        role="status"
        aria-live="polite"
        className={report ? (report.failed > 0 ? 'import-summary import-summary--failed' : 'import-summary') : undefined}
      >
        {report &&
          (report.failed > 0
            ? `${t('team.importNone')} ${t('team.importFailedRows', { count: report.failed, total: report.rows.length })}`
            : t('team.imported', { count: report.imported }))}
      </div>
      {report && (
        <ImportReport report={report} language={i18n.language} onlyFailed={onlyFailed && report.failed > 0} onToggle={setOnlyFailed} />
      )}
    </>
  );
}

function ImportReport({
  report,
  language,
  onlyFailed,
  onToggle,
}: {
  report: Report;
  language: string;
  onlyFailed: boolean;
  onToggle(onlyFailed: boolean): void;
}) {
  const { t } = useTranslation();
  const rows = onlyFailed ? report.rows.filter((r) => !r.ok) : report.rows;
  return (
    <section aria-labelledby="report-title" className="report">
      <h3 id="report-title">{t('team.reportTitle')}</h3>
      {report.failed > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={onlyFailed} onChange={(e) => onToggle(e.target.checked)} />
          {t('team.onlyFailedRows')}
        </label>
      )}
      <div className="stack-table-wrap">
        <table className="stack-table" role="table" aria-labelledby="report-title">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                {t('team.colLine')}
              </th>
              <th role="columnheader" scope="col">
                {t('team.colPhone')}
              </th>
              <th role="columnheader" scope="col">
                {t('team.colName')}
              </th>
              <th role="columnheader" scope="col">
                {t('team.colResult')}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row) => (
              <tr role="row" key={row.line} className={row.ok ? undefined : 'stack-table__row--failed'}>
                <td role="cell">
                  <span className="stack-table__label" aria-hidden="true">
                    {t('team.colLine')}:{' '}
                  </span>
                  {row.line}
                </td>
                <td role="cell">
                  <span className="stack-table__label" aria-hidden="true">
                    {t('team.colPhone')}:{' '}
                  </span>
                  <span className="phone-number">{/^\+84\d{9}$/.test(row.phone) ? formatPhone(row.phone) : row.phone}</span>
                </td>
                <td role="cell">
                  <span className="stack-table__label" aria-hidden="true">
                    {t('team.colName')}:{' '}
                  </span>
                  {row.fullName}
                </td>
                <td role="cell">
                  <span className="stack-table__label" aria-hidden="true">
                    {t('team.colResult')}:{' '}
                  </span>
                  {row.ok ? (
                    <span className="result-ok">
                      <span aria-hidden="true">✓ </span>
                      {t('team.rowOk')}
                    </span>
                  ) : (
                    <span className="result-failed">
                      <span aria-hidden="true">✗ </span>
                      {row.error ? pickText(row.error, language) : t('team.rowFailed')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
