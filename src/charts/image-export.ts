/**
 * Chart downloads, drawn from the chart's own SVG: as SVG text, or rasterised to PNG at twice the size for
 * print. Everything happens locally (blob URLs); nothing is sent anywhere.
 */
function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.style.fontFamily = getComputedStyle(svg).fontFamily;
  copy.style.background = '#ffffff';
  // The serializer declares the element's SVG namespace itself, so the file stands on its own.
  return new XMLSerializer().serializeToString(copy);
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' });
}

export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart as an image');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('Could not create the PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
