import type { BrowserContext, Page } from 'playwright-core';

/**
 * Every visible tap target smaller than 48×48 px: links, buttons, inputs, selects, anything focusable. A checkbox or
 * radio counts by the label around it (the whole row is the target); links inside a lesson's running text are inline
 * by nature and left out, as WCAG 2.5.8 leaves them out.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest('.prose') || el.classList.contains('skip-link')) continue;
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.closest('label') ?? el) : el;
      const rect = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      if (rect.width < 47.5 || rect.height < 47.5) {
        small.push(
          `${target.tagName.toLowerCase()} "${(target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
      }
    }
    return small;
  });
}

export const headerHeight = (page: Page) => page.evaluate(() => document.querySelector('.app-header')!.getBoundingClientRect().height);
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The text size the person chose (A+ up to 200%), remembered before the first page loads. */
export async function rememberTextSize(context: BrowserContext, textSize: 100 | 200): Promise<void> {
  await context.addInitScript((size) => {
    if (!localStorage.getItem('lantoa.display'))
      localStorage.setItem('lantoa.display', JSON.stringify({ textSize: size, highContrast: false }));
  }, textSize);
}
