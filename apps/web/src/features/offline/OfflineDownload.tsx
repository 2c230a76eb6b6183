import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { ProgressBar } from '../learning/ProgressBar.js';
import { currentRevision, downloadModule, listPacks, packKey, removePack, type Module, type Pack } from './downloads.js';
import { NS } from './texts.js';

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** The modules of a course downloaded on this phone (IndexedDB: known without a network). */
export function usePacks(courseSlug: string) {
  return useQuery({ queryKey: ['offline-packs', courseSlug], queryFn: () => listPacks(courseSlug), staleTime: Infinity, retry: false });
}

interface DownloadProps {
  courseSlug: string;
  provinceCode: string | null;
  /** One module, or every module of the course ("Tải cả khóa học"). */
  modules: Module[];
  whole?: boolean;
}

/**
 * "Tải về để học khi không có mạng": the size first, a progress bar while it downloads, then "Đã tải về" with a way
 * to remove it.
 */
export function OfflineDownload({ courseSlug, provinceCode, modules, whole = false }: DownloadProps) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const { session } = useAuth();
  const packs = usePacks(courseSlug);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const mine = (packs.data ?? []).filter((p) => modules.some((m) => p.key === packKey(courseSlug, m.slug, provinceCode)));
  const all = mine.length === modules.length && modules.length > 0;
  const size = modules.reduce((n, m) => n + m.downloadBytes, 0);

  async function download() {
    setFailed(false);
    const missing = modules.filter((m) => !mine.some((p) => p.moduleSlug === m.slug));
    try {
      for (const [i, module] of missing.entries()) {
        await downloadModule({
          courseSlug,
          provinceCode,
          module,
          userId: session?.user.id ?? null,
          onProgress: (done, total) => setProgress({ done: i * 100 + Math.round((done / total) * 100), total: missing.length * 100 }),
        });
      }
    } catch {
      setFailed(true);
    } finally {
      setProgress(null);
      await queryClient.invalidateQueries({ queryKey: ['offline-packs', courseSlug] });
    }
  }

  async function remove() {
    for (const pack of mine) await removePack(pack, session?.user.id ?? null);
    await queryClient.invalidateQueries({ queryKey: ['offline-packs', courseSlug] });
  }

  const label = whole ? t('download.course') : t('download.module');
  if (progress) {
    return (
      <div className="offline-download" aria-live="polite">
        <ProgressBar
          label={t('download.progressLabel')}
          now={progress.done}
          max={progress.total}
          text={t('download.progress', { percent: Math.round((progress.done / progress.total) * 100) })}
        />
      </div>
    );
  }
  if (all) {
    const bytes = mine.reduce((n, p: Pack) => n + p.bytes, 0);
    return (
      <div className="offline-download offline-download--done">
        <p className="offline-download__done">
          <span aria-hidden="true">✓ </span>
          {whole ? t('download.courseDone', { kb: kb(bytes) }) : t('download.done', { kb: kb(bytes) })}
        </p>
        <button type="button" className="button" onClick={() => void remove()}>
          {whole ? t('download.removeCourse') : t('download.remove')}
        </button>
      </div>
    );
  }
  return (
    <div className="offline-download">
      <button type="button" className="button" onClick={() => void download()} disabled={!packs.isSuccess}>
        <span aria-hidden="true">⤓ </span>
        {label} {t('download.size', { kb: kb(size) })}
      </button>
      {failed && (
        <p className="form-alert" role="alert">
          {t('download.failed')}
        </p>
      )}
    </div>
  );
}

/**
 * Keeps downloaded modules in step with the content: online, when the content revision is not the one a module
 * was downloaded from, that module is downloaded again (quietly, in the background).
 */
export function useRefreshDownloads(courseSlug: string, provinceCode: string | null, modules: Module[] | undefined) {
  const queryClient = useQueryClient();
  const { session } = useAuth();
  const packs = usePacks(courseSlug);
  const userId = session?.user.id ?? null;
  useEffect(() => {
    const stale = packs.data?.filter((p) => p.provinceCode === provinceCode);
    if (!modules || !stale?.length || !navigator.onLine) return;
    let cancelled = false;
    void (async () => {
      const revision = await currentRevision(courseSlug, provinceCode);
      if (!revision || cancelled) return;
      let changed = false;
      for (const pack of stale) {
        const module = modules.find((m) => m.slug === pack.moduleSlug);
        if (pack.revision === revision || !module) continue;
        await downloadModule({ courseSlug, provinceCode, module, userId }).catch(() => undefined);
        changed = true;
      }
      if (changed && !cancelled) await queryClient.invalidateQueries({ queryKey: ['offline-packs', courseSlug] });
    })();
    return () => {
      cancelled = true;
    };
  }, [packs.data, modules, courseSlug, provinceCode, userId, queryClient]);
}
