import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';

/**
 * A link with values the data does not hold (DESIGN.md section 4 parameters) shows the view as if they were
 * absent, says so in a polite status message, and offers the link without them, instead of empty charts.
 */
const browser = withBrowserSession();

const notice = (page: Page) => page.locator('.ignored-values-notice');

async function firstHeadline(page: Page): Promise<string> {
  const value = page.locator('.headline-value').first();
  await expect.poll(() => value.innerText(), { timeout: 30_000 }).toMatch(/^\d[\d,]*$/);
  return value.innerText();
}

describe('values a link asks for that the data does not hold', () => {
  it('are ignored on #/technologies, named in a status message, and removed by its link', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/technologies?type=Nonsense&type=Diagnostic&subtype=Nowhere'));
    const status = page.getByRole('status').filter({ has: notice(page) });
    await expect
      .poll(() => status.innerText(), { timeout: 30_000 })
      .toContain('The link asked for type “Nonsense”, which is not in the data, so it is ignored.');
    await expect
      .poll(() => status.innerText(), { timeout: 30_000 })
      .toContain('The link asked for subtype “Nowhere”, which is not in the data, so it is ignored.');
    // Diagnostic still filters (82 of the 240 technologies are diagnostic, published); Nowhere would leave none.
    const summary = page.locator('.selection-summary');
    await expect.poll(() => summary.innerText(), { timeout: 30_000 }).toBe('Showing 82 of 240 technologies.');
    // The chips show what is applied: only Diagnostic, not the ignored values.
    expect(await page.locator('.filter-chip').allInnerTexts()).toEqual([
      expect.stringContaining('Diagnostic'),
    ]);
    await expectNoAxeViolations(browser());

    await page.getByRole('link', { name: 'Remove them from the link' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/technologies?type=Diagnostic');
    await expect.poll(() => notice(page).count()).toBe(0);
    expect(await summary.innerText()).toBe('Showing 82 of 240 technologies.');
  });

  it('are ignored on #/capabilities, which shows the same respondents as with no filters', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities'));
    const everyone = await firstHeadline(page);
    await page.goto(appUrl('#/capabilities?archetype=Wizards&icb=QXX'));
    await expect.poll(() => notice(page).innerText(), { timeout: 30_000 }).toContain('archetype “Wizards”');
    const text = await notice(page).innerText();
    expect(text).toContain('The link asked for ICB “QXX”, which is not in the data, so it is ignored.');
    expect(text).toContain('Remove them from the link');
    expect(await firstHeadline(page)).toBe(everyone);
    await expectNoAxeViolations(browser());
  });

  it('fall back to the default scenario on #/projection', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/projection?scenario=Nonsense'));
    await expect
      .poll(() => notice(page).innerText(), { timeout: 30_000 })
      .toContain('The link asked for scenario “Nonsense”, which is not in the data, so it is ignored.');
    expect(await page.getByLabel('Scenario', { exact: true }).inputValue()).toBe('Digital transformation');
    await expectNoAxeViolations(browser());
  });

  it('fall back to England on the board summary', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/?icb=QXX'));
    await expect
      .poll(() => notice(page).innerText(), { timeout: 30_000 })
      .toContain('The link asked for ICB “QXX”, which is not in the data, so it is ignored.');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'AI and digital readiness: England',
    );
    await expectNoAxeViolations(browser());
  });
});
