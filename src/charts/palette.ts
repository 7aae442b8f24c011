/** NHS identity colours (https://service-manual.nhs.uk/design-system/styles/colour), darkest first. */
export const NHS_BLUE = '#005EB8';
export const NHS_DARK_GREY = '#425563';
export const NHS_DARK_PINK = '#7C2855';
export const NHS_DARK_GREEN = '#006747';
export const NHS_PURPLE = '#330072';

/**
 * Series colours for a handful of categories, each at least 3:1 against white (WCAG non-text contrast). Series
 * are also told apart by label or line style, never by colour alone.
 */
export const SERIES_COLOURS = [NHS_BLUE, NHS_DARK_GREY, NHS_DARK_PINK, NHS_DARK_GREEN, NHS_PURPLE] as const;
