// Stands in for vite-plugin-pwa's `virtual:pwa-register` under jest (jsdom has no service worker).
export function registerSW() {
  return async () => undefined;
}
