import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { OUTLINE, outlineBox } from '../../checker/screens/outline';

const white = (width: number, height: number) => {
  const image = new PNG({ width, height });
  image.data.fill(255);
  return PNG.sync.write(image);
};

/** The pixels drawn in the outline's colour, as "x,y". */
function outlined(png: Buffer): Set<string> {
  const image = PNG.sync.read(png);
  const found = new Set<string>();
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if ([0, 1, 2].every((c) => image.data[i + c] === OUTLINE.rgb[c])) found.add(`${x},${y}`);
    }
  return found;
}

test.describe('the pressed control outlined on the step screenshot', () => {
  test('a ring 3 px wide, 2 px clear of the control, the control and the gap untouched', () => {
    const red = outlined(outlineBox(white(20, 20), { x: 8, y: 8, width: 4, height: 4 }));
    // The control is 8..11, the gap 6..7 and 12..13, the ring 3..5 and 14..16 on each axis.
    expect(red.size).toBe(14 * 14 - 8 * 8);
    for (const at of ['3,3', '5,10', '16,16', '10,14', '14,3']) expect(red.has(at), at).toBe(true);
    for (const at of ['2,2', '6,10', '10,10', '13,13', '17,17', '10,2']) expect(red.has(at), at).toBe(false);
  });

  test('a control at a fraction of a pixel is outlined in whole pixels, the same way every time', () => {
    const image = white(20, 20);
    const first = outlineBox(image, { x: 7.6, y: 8.4, width: 4, height: 3.7 });
    expect(outlineBox(image, { x: 7.6, y: 8.4, width: 4, height: 3.7 }).equals(first)).toBe(true);
    expect(outlined(first)).toEqual(outlined(outlineBox(image, { x: 8, y: 8, width: 4, height: 4 })));
  });

  test('a control partly off the screen is outlined where it shows', () => {
    const red = outlined(outlineBox(white(10, 10), { x: -2, y: -2, width: 4, height: 4 }));
    expect(red.has('0,0')).toBe(false);
    expect(red.has('4,0')).toBe(true);
    expect(red.has('0,6')).toBe(true);
    expect(red.has('7,0')).toBe(false);
    expect(outlined(outlineBox(white(10, 10), { x: 40, y: 40, width: 4, height: 4 })).size).toBe(0);
  });
});
