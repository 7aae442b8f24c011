import { describe, expect, it } from 'vitest';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';

const browser = withBrowserSession();

describe('accessibility statement (#/accessibility)', () => {
  it('opens from the footer, not the main navigation, and passes axe', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/'));
    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('link').first().waitFor();
    expect(await views.getByRole('link', { name: 'Accessibility statement' }).count()).toBe(0);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/accessibility');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.innerText()).toBe(
      'Accessibility statement for Workforce readiness for AI and digital',
    );
    await expect.poll(() => page.title()).toMatch(/^Accessibility statement · /);
    const text = await page.locator('main').innerText();
    expect(text).toContain('partially compliant with the WCAG version 2.2 AA standard');
    expect(text).toContain('This statement was prepared on 22 November 2026.');
    await expectNoAxeViolations(browser());
  });
});
