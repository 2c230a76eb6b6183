/** The course every report follows (the one course teams take). */
export const REPORT_COURSE = 'pho-cap-ky-nang-so-cong-dong';

export interface ReportParams {
  scopeCode: string;
  courseSlug: string;
  from: string | null;
  to: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The report the URL asks for (`/bao-cao?pham-vi=01&tu=2026-01-01&den=2026-06-30`); the viewer's own scope by default. */
export function readParams(search: string, defaultScope: string): ReportParams {
  const q = new URLSearchParams(search);
  const day = (name: string) => {
    const value = q.get(name);
    return value && DAY.test(value) ? value : null;
  };
  return { scopeCode: q.get('pham-vi') || defaultScope, courseSlug: REPORT_COURSE, from: day('tu'), to: day('den') };
}

export function reportHref(params: Pick<ReportParams, 'scopeCode' | 'from' | 'to'>): string {
  const q = new URLSearchParams({ 'pham-vi': params.scopeCode });
  if (params.from) q.set('tu', params.from);
  if (params.to) q.set('den', params.to);
  return `/bao-cao?${q}`;
}
