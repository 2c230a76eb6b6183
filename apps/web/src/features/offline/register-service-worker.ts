import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker (made at build by vite-plugin-pwa, see vite.config.ts) keeps the app shell and every page's
 * code on the phone. A new version installs in the background and waits: the learner sees "Có bản mới – Cập nhật",
 * and only then does the page switch to it and reload, so an open page never mixes files of two releases.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let waiting = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
const HOURLY = 60 * 60 * 1000;

export function updateWaiting(): boolean {
  return waiting;
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Switches to the waiting version, then reloads once it controls the page. The reload is ours: vite-plugin-pwa only
 * reloads a page that was already controlled when it loaded, not one open since the very first install.
 */
export function applyUpdate(): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  void update?.(true);
}

let started = false;

export function startServiceWorker(): void {
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const listener of listeners) listener();
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // A phone keeps the app open for days: look for a new release now and then, and when the network returns.
      const check = () => void (navigator.onLine ? registration.update().catch(() => undefined) : undefined);
      setInterval(check, HOURLY);
      window.addEventListener('online', check);
    },
  });
}
