import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages } from './support';

for (const theme of ['light', 'dark'] as const) {
  for (const path of allPages()) {
    test(`/${path} has no WCAG 2.2 AA violations (${theme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
      expect(summary).toEqual([]);
      await context.close();
    });
  }
}
