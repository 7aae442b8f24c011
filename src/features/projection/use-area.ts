import { useQuery } from '@tanstack/react-query';
import { analysisQueryOptions } from '../../data/sql-query';
import { SHARE_SPEC } from '../../state/workforce-assumptions';
import type { ProjectionSettings } from './projection-settings';
import { icbRespondentShare, projectionIcbs, type IcbRow, type IcbShareRow } from './queries';

/** Where the projection is shown for, and the factor that scales the national numbers to it. */
export type Area =
  | { readonly kind: 'england'; readonly label: string; readonly scale: number }
  | { readonly kind: 'unknown-icb'; readonly code: string; readonly label: string; readonly scale: number }
  | { readonly kind: 'loading'; readonly label: string; readonly scale: undefined }
  | {
      readonly kind: 'icb';
      readonly code: string;
      readonly label: string;
      /** The share in force, in per cent: the URL's when valid, else the default; undefined while loading. */
      readonly share: number | undefined;
      readonly defaultShare: IcbShareRow | undefined;
      readonly scale: number | undefined;
    };

/** "NHS Lancashire and South Cumbria Integrated Care Board" -> "Lancashire and South Cumbria ICB". */
export const shortIcbName = (name: string): string =>
  name.replace(/^NHS /, '').replace(/ Integrated Care Board$/, ' ICB');

const ENGLAND: Area = { kind: 'england', label: 'England', scale: 1 };

export function useArea(settings: ProjectionSettings): {
  area: Area;
  icbs: readonly IcbRow[];
  error: Error | null;
} {
  const code = settings.icb;
  const icbs = useQuery(analysisQueryOptions<IcbRow>(projectionIcbs()));
  const shareQuery = useQuery({
    ...analysisQueryOptions<IcbShareRow>(icbRespondentShare(code ?? '')),
    enabled: code !== null,
  });
  const list = icbs.data ?? [];
  const error = icbs.error ?? (code !== null ? shareQuery.error : null);
  if (code === null) return { area: ENGLAND, icbs: list, error };
  if (!icbs.data) return { area: { kind: 'loading', label: code, scale: undefined }, icbs: list, error };
  const icb = icbs.data.find((i) => i.icb_code === code);
  // The page leaves an ICB the data does not hold out of the settings and says so (IgnoredValuesNotice); this
  // only guards a caller that passes the URL's value unchecked.
  if (!icb) return { area: { kind: 'unknown-icb', code, label: 'England', scale: 1 }, icbs: list, error };

  const defaultShare = shareQuery.data?.[0];
  const fromData = defaultShare && defaultShare.share >= SHARE_SPEC.min ? defaultShare.share : undefined;
  const fromUrl =
    settings.share.raw !== null && settings.share.error === null ? settings.share.value : undefined;
  const share = fromUrl ?? fromData;
  return {
    area: {
      kind: 'icb',
      code,
      label: shortIcbName(icb.icb_name),
      share,
      defaultShare,
      scale: share === undefined ? undefined : share / 100,
    },
    icbs: list,
    error,
  };
}
