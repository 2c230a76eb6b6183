import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const HANOI_ADMIN = '0900000111';

describe('a province admin reads the reports page on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    // The demo data, put in by the CLI joining the running platform's database (as a trainer would do it).
    const seed = spawnSync(process.execPath, [join(repoRoot, 'apps/cli/dist/main.js'), 'seed:demo'], {
      env: { ...process.env, LANTOA_DATA_DIR: server.dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect({ status: seed.status, stderr: seed.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
    expect(seed.stdout).toContain('0900 000 111');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, lands on its province, drills into a commune, sees charts with tables, and exports a CSV', async () => {
    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/dang-nhap?tiep=${encodeURIComponent('/bao-cao')}`);
    await page.getByLabel(/Số điện thoại/).fill(HANOI_ADMIN);
    await page
      .getByLabel(/^Mật khẩu/)
      .first()
      .fill('lantoa2026');
    await page.getByRole('button', { name: /^Đăng nhập/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo hoàn thành' }).waitFor();
    await page.getByText('Thành viên tổ đã hoàn thành').waitFor();
    // Scope: the province, nothing wider (the breadcrumbs start at it).
    const crumbs = page.getByRole('navigation', { name: 'Phạm vi' });
    expect(await crumbs.getByRole('listitem').last().textContent()).toBe('Thành phố Hà Nội');

    const table = page.getByRole('table', { name: 'Bảng số liệu' });
    const firstCommune = table.getByRole('rowheader').first();
    const communeName = (await firstCommune.textContent())!;
    await firstCommune.getByRole('link').click();
    await crumbs.getByRole('listitem').last().getByText(communeName).waitFor();
    expect(new URL(page.url()).searchParams.get('pham-vi')).toMatch(/^\d{5}$/);

    // The charts draw (uPlot canvases) and every chart has its table in the page.
    await page.getByRole('heading', { name: 'Đến và qua từng học phần' }).waitFor();
    await page.locator('.report-chart canvas').first().waitFor();
    expect(await page.getByText('Xem dạng bảng').count()).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    mkdirSync('.test-results', { recursive: true });
    await page.screenshot({ path: '.test-results/reports-360.png', fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV (Excel)' }).click()]);
    const csv = readFileSync((await download.path())!);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8')).toContain(communeName);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
