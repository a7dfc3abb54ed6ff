import { PNG } from 'pngjs';

/** How many pixels of a PNG are the magenta Playwright paints a masked locator with: none in the product itself. */
export function maskedPixels(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  let pixels = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] === 255 && data[i + 1] === 0 && data[i + 2] === 255) pixels++;
  return pixels;
}
