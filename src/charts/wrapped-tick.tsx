import { Text, type YAxisTickContentProps } from 'recharts';

/**
 * A category axis tick that wraps long names (a capability domain, a workforce group) onto several lines within
 * `width` pixels, instead of cutting them off or overlapping the bars.
 */
export function wrappedCategoryTick(width: number) {
  function WrappedTick({ x, y, payload }: YAxisTickContentProps) {
    return (
      <Text
        x={Number(x) - 4}
        y={Number(y)}
        width={width - 8}
        textAnchor="end"
        verticalAnchor="middle"
        maxLines={4}
        fill="#212b32"
      >
        {String(payload.value)}
      </Text>
    );
  }
  return WrappedTick;
}
