import type { Provenance } from '../../charts/figure-frame';

export const ROADMAP_SOURCE = 'AI Roadmap, HEE DART-Ed with Unity Insights (January 2022); bundled extract';
export const DEPLOYMENT_SOURCE =
  'AI Roadmap (HEE, 2022) technologies with synthetic deployment records by ICB (July 2022 ICBs and NHS England regions)';

/** Published figures hold only for the whole roadmap: once a chart is filtered its numbers are illustrative. */
export const provenanceOf = (filtered: boolean, unfiltered: Provenance): Provenance =>
  filtered ? 'illustrative' : unfiltered;

/** Said on every chart whose categories overlap, so nobody adds the shares up. */
export const MULTI_LABEL_NOTE =
  'Shares are of distinct technologies: a technology counts once in each category it belongs to, so they add up to more than 100%.';

export const SINGLE_LABEL_NOTE = 'Each technology counts once, so the shares add up to 100%.';

export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/**
 * Heat-map column headings are narrow: a zero-width space after "/" lets "Automation/Service efficiency" wrap
 * there (browsers do not break after a slash). Only the drawing uses it; tables, CSV and the URL keep the value.
 */
export const breakAfterSlash = (text: string): string => text.replaceAll('/', '/\u200b');
export const withoutBreaks = (text: string): string => text.replaceAll('\u200b', '');
