import { test, expect } from '@playwright/test';
import { allPages, wcagViolations } from './support';

for (const theme of ['light', 'dark'] as const) {
  for (const path of allPages()) {
    test(`/${path} has no WCAG 2.2 AA violations (${theme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await wcagViolations(page)).toEqual([]);
      await context.close();
    });
  }
}
