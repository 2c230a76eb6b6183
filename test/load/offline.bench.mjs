// Offline study (issue 14): the size of one module's download, its time on slow 3G (400 kbit/s, 400 ms RTT, set with
// Chromium's Network.emulateNetworkConditions), and the first page's JavaScript as transferred (brotli).
// Run after `npm run build`: node test/load/offline.bench.mjs
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const repo = new URL('../../', import.meta.url).pathname;
const dist = join(repo, 'apps/web/dist');

// First page: the script and modulepreload links of index.html, as the server sends them (.br).
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const first = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
  (m) => m[1] ?? m[2],
);
const firstBrotli = first.reduce((n, f) => n + statSync(join(dist, `${f}.br`)).size, 0);

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address();
    s.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'lantoa-offline-bench-'));
chmodSync(dataDir, 0o755);
const server = spawn(process.execPath, [join(repo, 'apps/api/dist/main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LANTOA_DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
for (
  let i = 0;
  i < 600 &&
  !(await fetch(`${base}/health`)
    .then((r) => r.ok)
    .catch(() => false));
  i++
)
  await new Promise((r) => setTimeout(r, 200));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
  await page.goto(`${base}/courses/pho-cap-ky-nang-so-cong-dong`);
  const module1 = page.locator('.module').first();
  const button = module1.getByRole('button', { name: /^Tải về để học khi không có mạng/ });
  await button.waitFor();
  const announced = (await button.textContent()).match(/khoảng (\d+) KB/)[1];

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  });
  let transferred = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    transferred += e.encodedDataLength;
    requests += 1;
  });
  const started = Date.now();
  await button.click();
  await module1.getByText(/^✓ Đã tải về/).waitFor({ timeout: 300_000 });
  const seconds = (Date.now() - started) / 1000;
  const stored = (await module1.locator('.offline-download__done').textContent()).match(/\((\d+) KB\)/)[1];
  console.log(
    JSON.stringify(
      {
        module: 1,
        announcedKB: Number(announced),
        storedKB: Number(stored),
        transferredBytes: transferred,
        requests,
        slow3gSeconds: Number(seconds.toFixed(1)),
        firstPageJsBrotliBytes: firstBrotli,
        firstPageFiles: first,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  server.kill('SIGINT');
}
