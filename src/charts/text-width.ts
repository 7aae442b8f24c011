/**
 * Width in pixels of a line of chart text, measured on a canvas: unlike measuring a DOM element, this never
 * forces the page to lay itself out, so a chart can wrap its labels while it renders. Where no canvas can
 * measure (tests in Node), an average character width stands in.
 */
const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

export function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    const ctx = canvasContext();
    if (ctx) {
      ctx.font = font;
      width = ctx.measureText(text).width;
    } else {
      width = text.length * 0.55 * (Number.parseFloat(/(\d+(\.\d+)?)px/.exec(font)?.[1] ?? '14') || 14);
    }
    cache.set(key, width);
  }
  return width;
}

/** Words of `text` on as few lines as fit in `width`, at most `maxLines` (the last one cut with an ellipsis). */
export function wrapText(text: string, width: number, font: string, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, font) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
