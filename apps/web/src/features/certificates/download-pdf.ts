import { refreshSession } from '../../shared/graphql/execute.js';
import { sessionStore } from '../../shared/auth/session-store.js';

/** GET /certificates/<serial>.pdf with the session's bearer token (a plain link cannot send it), saved as a file. */
export async function downloadCertificatePdf(serial: string): Promise<void> {
  const get = () =>
    fetch(`/certificates/${encodeURIComponent(serial)}.pdf`, {
      headers: { Authorization: `Bearer ${sessionStore.get()?.accessToken ?? ''}` },
    });
  let response = await get();
  if (response.status === 401 && (await refreshSession())) response = await get();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `chung-nhan-${serial}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
