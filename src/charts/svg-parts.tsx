import type { ReactNode } from 'react';

/**
 * The pieces the hand-drawn SVG charts share (bar-chart.tsx, grouped-bar-chart.tsx and the capability charts):
 * colours, the font their labels are measured in, the value axis, wrapped category labels and the legend.
 */
export const TEXT = '#212b32';
export const AXIS = '#425563';
export const GRID = '#d8dde0';
export const FONT_SIZE = 14;
/** The labels' font, as the canvas measures it (text-width.ts). */
export const FONT = `${FONT_SIZE}px Frutiger, Arial, "Helvetica Neue", sans-serif`;

/**
 * Tick values for a value axis of `width` pixels, about one per 90 px, never two that read the same: counts of
 * 0 to 2 would otherwise get ticks at 0.5 and 1.5 that a whole-number format shows as "0 1 1 2 2". Fewer, wider
 * ticks are asked for until every label differs.
 */
export function valueTicks(
  scale: { ticks(count: number): number[] },
  width: number,
  format: (value: number) => string,
): number[] {
  for (let count = Math.max(2, Math.floor(width / 90)); count > 1; count--) {
    const ticks = scale.ticks(count);
    const labels = ticks.map(format);
    if (new Set(labels).size === labels.length) return ticks;
  }
  return scale.ticks(1);
}

/** Vertical gridlines at the ticks of a horizontal value axis, from `top` to `bottom`. */
export function ValueGrid(props: {
  readonly ticks: readonly number[];
  readonly x: (value: number) => number;
  readonly top: number;
  readonly bottom: number;
}) {
  return (
    <g stroke={GRID}>
      {props.ticks.map((tick) => (
        <line key={tick} x1={props.x(tick)} x2={props.x(tick)} y1={props.top} y2={props.bottom} />
      ))}
    </g>
  );
}

/** A horizontal value axis along `y`, from `left` to `right`, with a labelled tick at each of `ticks`. */
export function ValueAxis(props: {
  readonly ticks: readonly number[];
  readonly x: (value: number) => number;
  readonly y: number;
  readonly left: number;
  readonly right: number;
  readonly format: (value: number) => string;
}) {
  const { ticks, x, y } = props;
  return (
    <g fill={AXIS}>
      <line x1={props.left} x2={props.right} y1={y} y2={y} stroke={AXIS} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={y} y2={y + 6} stroke={AXIS} />
          <text x={x(tick)} y={y + 20} textAnchor="middle">
            {props.format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * A category's name, right-aligned to `x` and centred on `y`, on the lines wrapText gave it; a name cut short
 * carries the whole of it as its title.
 */
export function CategoryLabel(props: {
  readonly name: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly lineHeight: number;
}) {
  const { name, lines, x, lineHeight } = props;
  return (
    <text
      x={x}
      y={props.y - ((lines.length - 1) * lineHeight) / 2}
      textAnchor="end"
      dominantBaseline="central"
      fill={TEXT}
    >
      {lines.join(' ') !== name && <title>{name}</title>}
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A chart's series in words beside their marks, as a list above the chart. */
export function ChartLegend(props: {
  readonly items: readonly { readonly key: string; readonly swatch: ReactNode; readonly label: string }[];
}) {
  return (
    <ul className="chart-legend">
      {props.items.map((item) => (
        <li key={item.key}>
          {item.swatch} <span className="legend-label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** A square of colour for a legend. */
export const swatch = (fill: string, stroke?: string) => (
  <svg width="14" height="14" aria-hidden="true">
    <rect width="14" height="14" fill={fill} stroke={stroke} />
  </svg>
);

/**
 * A chart's own SVG, drawn at the width measured for it (bar-chart.css scales it down until then). It is what
 * the PNG and SVG downloads take (FigureFrame looks for `chart-surface`); hidden from assistive technology
 * unless `attributes` make it a control, since the figure names the chart and its table holds the numbers.
 */
export function ChartSurface(props: {
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  readonly attributes?: Record<string, string | boolean>;
  readonly children: ReactNode;
}) {
  const { width, height } = props;
  return (
    <svg
      className={`chart-surface ${props.kind}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontSize={FONT_SIZE}
      {...(props.attributes ?? { 'aria-hidden': true })}
    >
      {props.children}
    </svg>
  );
}
