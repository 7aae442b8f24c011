/**
 * Fills for up to eight staff groups: an NHS colour (each at least 3:1 against white) overlaid with its own
 * white pattern, so stacked segments and legend keys differ by texture as well as colour. Beyond eight, fills
 * repeat; the projection has six groups.
 */
export const GROUP_FILLS = [
  '#005EB8',
  '#7C2855',
  '#006747',
  '#425563',
  '#330072',
  '#8A1538',
  '#003087',
  '#212B32',
];

// 8 x 8 tiles: solid, diagonal stripes, dots, horizontal stripes, cross-hatch, vertical stripes, then repeats.
const OVERLAYS = [
  null,
  <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" strokeWidth={1.6} />,
  <circle cx={4} cy={4} r={1.6} fill="#ffffff" />,
  <path d="M0,4 h8" stroke="#ffffff" strokeWidth={1.6} />,
  <path d="M0,0 l8,8 M8,0 l-8,8" stroke="#ffffff" strokeWidth={1.1} />,
  <path d="M4,0 v8" stroke="#ffffff" strokeWidth={1.6} />,
];

export const patternId = (prefix: string, index: number): string => `${prefix}-group-${index}`;

export function GroupPatterns({ prefix, count }: { readonly prefix: string; readonly count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => (
        <pattern key={index} id={patternId(prefix, index)} width={8} height={8} patternUnits="userSpaceOnUse">
          <rect width={8} height={8} fill={GROUP_FILLS[index % GROUP_FILLS.length]} />
          {OVERLAYS[index % OVERLAYS.length]}
        </pattern>
      ))}
    </defs>
  );
}
