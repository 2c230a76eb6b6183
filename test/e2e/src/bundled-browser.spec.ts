import { describe, expect, it } from '@jest/globals';
import { chromiumExecutable, launchBrowser } from './support/browser.js';

// On a machine without Debian's chromium the browser tests run on the Chromium inside @sparticuz/chromium.
// This runs that fallback on every machine, so it cannot rot unseen where Debian's package is installed.
describe('the browser that ships in npm (for machines without Debian chromium)', () => {
  it('unpacks from its own package and renders a Vietnamese page', async () => {
    const exe = await chromiumExecutable('bundled');
    expect(exe.source).toBe('bundled');
    expect(exe.path.startsWith('/usr/bin/')).toBe(false);

    const browser = await launchBrowser('bundled');
    try {
      expect(browser.version()).toMatch(/^\d+\./);
      const page = await browser.newPage();
      await page.setContent('<main><h1>Phổ cập kỹ năng số cộng đồng</h1></main>');
      expect(await page.textContent('h1')).toBe('Phổ cập kỹ năng số cộng đồng');
    } finally {
      await browser.close();
    }
  });
});
