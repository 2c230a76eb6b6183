/**
 * Official codes of the 34 provinces and centrally-run cities since 1 July 2025
 * (General Statistics Office; see apps/api/src/org/data/README.md for the source and license).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38', '40',
  '42', '44', '46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91', '92', '96',
]);
