import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { count, percent, rowCompleted, rowEnrolled, rowRate, sortRows, type ReportRow, type Sort, type SortKey } from './report-math.js';
import { reportHref, type ReportParams } from './report-params.js';

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'reports.colUnit', numeric: false },
  { key: 'enrolled', label: 'reports.colEnrolled', numeric: true },
  { key: 'completed', label: 'reports.colCompleted', numeric: true },
  { key: 'rate', label: 'reports.colRate', numeric: true },
];

/** Child units with their figures; a column header sorts, a unit's name drills down into it. */
export function UnitTable({ rows, totals, params }: { rows: ReportRow[]; totals: ReportRow; params: ReportParams }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const sorted = sortRows(rows, sort);
  const toggle = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'name' }));
  const cells = (row: ReportRow) => [
    count(rowEnrolled(row), i18n.language),
    count(rowCompleted(row), i18n.language),
    percent(rowRate(row), i18n.language),
  ];
  return (
    <div className="report-table-wrap">
      <table className="simple-table report-table">
        <caption className="visually-hidden">{t('reports.table')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  className={c.numeric ? 'numeric' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                    {t(c.label)}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={`${row.kind}-${row.scopeCode ?? row.name}`}>
              <th scope="row">
                {row.scopeCode ? (
                  <Link href={reportHref({ ...params, scopeCode: row.scopeCode })} aria-label={t('reports.open', { name: row.name })}>
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </th>
              {cells(row).map((value, i) => (
                <td key={COLUMNS[i + 1]!.key} className="numeric">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totals.name}</th>
            {cells(totals).map((value, i) => (
              <td key={COLUMNS[i + 1]!.key} className="numeric">
                {value}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
