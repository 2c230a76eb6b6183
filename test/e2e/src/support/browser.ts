import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep the browser off the network and quiet on a 2-core machine. */
const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Debian's package when it is installed, else the binary that
 * ships inside the npm package @sparticuz/chromium (nothing is downloaded: it unpacks from its own tarball into /tmp),
 * so `npm install && npm test` pass on a machine without Debian's chromium. Never a browser download.
 */
export async function chromiumExecutable(
  prefer: 'auto' | 'bundled' = process.env.LANTOA_BROWSER === 'bundled' ? 'bundled' : 'auto',
): Promise<{ path: string; source: 'env' | 'debian' | 'bundled'; args: string[] }> {
  if (prefer === 'auto' && process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: 'env', args: [] };
  if (prefer === 'auto' && existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian', args: [] };
  const bundled = (await import('@sparticuz/chromium')).default;
  // Its own args hold --headless='shell' and --single-process, made for serverless; keep only what a desktop needs.
  const args = bundled.args.filter((a) => !a.startsWith('--headless') && a !== '--single-process' && !a.startsWith('--use-gl'));
  return { path: await bundled.executablePath(), source: 'bundled', args };
}

export async function launchBrowser(prefer?: 'auto' | 'bundled'): Promise<Browser> {
  const exe = await chromiumExecutable(prefer);
  return chromium.launch({ executablePath: exe.path, args: [...new Set([...exe.args, '--no-sandbox', ...QUIET_FLAGS])] });
}

/** A phone-sized page (360 px) that fails any request leaving 127.0.0.1, so a stray CDN link cannot hide. */
export async function openPhonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: 'vi-VN' });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  return { context, page, blocked };
}
