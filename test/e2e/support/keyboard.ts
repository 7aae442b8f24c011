import type { Page } from 'playwright-core';

/** What has focus: its accessible name as a person hears it, and the title of the figure it sits in. */
export interface Focused {
  readonly tag: string;
  readonly name: string;
  readonly figure: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', name: '', figure: '' };
    const byId = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const label =
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') ? byId(el.getAttribute('aria-labelledby')) : null) ??
      (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement
        ? Array.from(el.labels ?? [], (l) => l.textContent ?? '').join(' ')
        : (el.textContent ?? ''));
    return {
      tag: el.tagName,
      name: label.replace(/\s+/g, ' ').trim(),
      figure: el.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '',
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would, and fails after `max`
 * presses: a control that Tab never reaches is not operable by keyboard.
 */
export async function tabUntil(
  page: Page,
  matches: (f: Focused) => boolean,
  { backwards = false, max = 250 }: { backwards?: boolean; max?: number } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return now;
    seen.push(`${now.tag} "${now.name}"`);
  }
  throw new Error(`No match after ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}: ${seen.join(', ')}`);
}

/** Matches a focused control by its name, and optionally the figure it belongs to. */
export const named =
  (name: RegExp, figure?: RegExp) =>
  (f: Focused): boolean =>
    name.test(f.name) && (figure === undefined || figure.test(f.figure));

/**
 * Whether the focused element shows where focus is (WCAG 2.4.7): a visible outline, a box shadow, or for a
 * selectable chart bar (an SVG group, where outlines are not drawn) its row band filled.
 */
export function hasVisibleFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const band = el.querySelector('.selectable-bar-band');
    const bandFill = band ? getComputedStyle(band).fill : 'none';
    const svgBand = bandFill !== 'none' && !transparent(bandFill);
    return outline || shadow || svgBand;
  });
}
