import { useTranslation } from 'react-i18next';
import { count, kpis, percent, type ReportRow } from './report-math.js';

export function KpiCards({ totals }: { totals: ReportRow }) {
  const { t, i18n } = useTranslation();
  const k = kpis(totals);
  const cards = [
    { label: t('reports.kpiTeamMembers'), value: count(k.teamMembersTrained, i18n.language) },
    { label: t('reports.kpiCitizens'), value: count(k.citizensTrained, i18n.language) },
    { label: t('reports.kpiCertificates'), value: count(k.certificates, i18n.language) },
    { label: t('reports.kpiRate'), value: percent(k.completionRate, i18n.language) },
  ];
  return (
    <ul className="kpi-list">
      {cards.map((card) => (
        <li key={card.label} className="kpi">
          <span className="kpi__value">{card.value}</span>
          <span className="kpi__label">{card.label}</span>
        </li>
      ))}
    </ul>
  );
}
