import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

describe('a citizen makes an account on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up with the province and commune pickers, lands signed in, and keeps the session across a reload', async () => {
    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/dang-ky`);
    await page.getByLabel(/Số điện thoại/).fill('0987 654 321');
    await page
      .getByLabel(/^Mật khẩu/)
      .first()
      .fill('matkhau123');
    await page.getByLabel(/Họ và tên/).fill('  Nguyễn   Thị Hoa ');
    await page.getByLabel(/Tỉnh, thành phố/).selectOption('01');
    // Typed without diacritics, picked with the keyboard.
    const commune = page.getByRole('combobox', { name: /Xã, phường/ });
    await commune.fill('ngoc ha');
    await page
      .getByRole('option', { name: /Phường Ngọc Hà/ })
      .first()
      .waitFor();
    await commune.press('ArrowDown');
    await commune.press('Enter');
    await page.getByRole('button', { name: /Đăng ký/ }).click();

    await page.getByRole('link', { name: 'Nguyễn Thị Hoa' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Nguyễn Thị Hoa' }).click();
    await page.getByText('Phường Ngọc Hà').first().waitFor();
    expect(await page.getByText('0987 654 321').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('shows the API’s messages next to the fields, keeping what was typed', async () => {
    const { context, page } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/dang-ky`);
    await page.getByLabel(/Số điện thoại/).fill('0987 654 321');
    await page
      .getByLabel(/^Mật khẩu/)
      .first()
      .fill('ngan');
    await page.getByLabel(/Họ và tên/).fill('Trần Văn Bình');
    await page.getByRole('button', { name: /Đăng ký/ }).click();
    await page.getByText('Mật khẩu cần ít nhất 8 ký tự.').waitFor();
    expect(await page.getByText('Hãy chọn xã, phường của bạn trong danh sách.').count()).toBe(1);
    expect(await page.getByLabel(/Họ và tên/).inputValue()).toBe('Trần Văn Bình');
    await context.close();
  });
});
