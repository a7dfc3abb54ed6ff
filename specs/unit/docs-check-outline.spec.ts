import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import sharp from 'sharp';
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
  test('a ring 3 px wide, 2 px clear of the control, the control and the gap untouched', async () => {
    const red = outlined(await outlineBox(white(20, 20), { x: 8, y: 8, width: 4, height: 4 }));
    // The control is 8..11, the gap 6..7 and 12..13, the ring 3..5 and 14..16 on each axis.
    expect(red.size).toBe(14 * 14 - 8 * 8);
    for (const at of ['3,3', '5,10', '16,16', '10,14', '14,3']) expect(red.has(at), at).toBe(true);
    for (const at of ['2,2', '6,10', '10,10', '13,13', '17,17', '10,2']) expect(red.has(at), at).toBe(false);
  });

  test('a control at a fraction of a pixel is outlined in whole pixels, the same way every time', async () => {
    const image = white(20, 20);
    const first = await outlineBox(image, { x: 7.6, y: 8.4, width: 4, height: 3.7 });
    expect((await outlineBox(image, { x: 7.6, y: 8.4, width: 4, height: 3.7 })).equals(first)).toBe(true);
    expect(outlined(first)).toEqual(outlined(await outlineBox(image, { x: 8, y: 8, width: 4, height: 4 })));
  });

  test('a control partly off the screen is outlined where it shows', async () => {
    const red = outlined(await outlineBox(white(10, 10), { x: -2, y: -2, width: 4, height: 4 }));
    expect(red.has('0,0')).toBe(false);
    expect(red.has('4,0')).toBe(true);
    expect(red.has('0,6')).toBe(true);
    expect(red.has('7,0')).toBe(false);
    expect(outlined(await outlineBox(white(10, 10), { x: 40, y: 40, width: 4, height: 4 })).size).toBe(0);
  });

  test("every pixel off the ring is the screenshot's own, with or without an alpha channel", async () => {
    for (const colorType of [2, 6] as const) {
      // A screen of every colour, so a pixel changed by decoding, colour handling or encoding shows.
      const source = new PNG({ width: 64, height: 48, colorType, inputHasAlpha: true });
      for (let i = 0; i < source.data.length; i += 4) {
        const [r, g, b] = [(i * 7) % 251, (i * 13) % 241, (i * 29) % 239];
        source.data.set([r, g, b, 255], i);
      }
      const png = PNG.sync.write(source, { colorType, inputHasAlpha: true });
      const out = PNG.sync.read(await outlineBox(png, { x: 20, y: 20, width: 10, height: 6 }));
      const before = PNG.sync.read(png);
      const ring = outlined(PNG.sync.write(out));
      const changed = Array.from({ length: 64 * 48 }, (_, p) => p)
        .filter((p) => [0, 1, 2, 3].some((c) => out.data[p * 4 + c] !== before.data[p * 4 + c]))
        .map((p) => `${p % 64},${Math.floor(p / 64)}`);
      expect(
        changed.filter((at) => !ring.has(at)),
        `colour type ${colorType}`,
      ).toEqual([]);
      // The control is 20..29 by 20..25, the gap 2 px, the ring 3 px: 15..34 by 15..30 less 18..31 by 18..27.
      expect(ring.size, `colour type ${colorType}`).toBe(20 * 16 - 14 * 10);
    }
  });

  test('a screenshot with a colour profile keeps its pixels as captured: the profile is not applied', async () => {
    // A wide-gamut profile, so applying it would move every saturated colour.
    const raw = Buffer.alloc(16 * 16 * 3);
    for (let i = 0; i < raw.length; i += 3) raw.set([200, (i * 5) % 256, 30], i);
    const png = await sharp(raw, { raw: { width: 16, height: 16, channels: 3 } })
      .withIccProfile('p3')
      .png()
      .toBuffer();
    const before = PNG.sync.read(png);
    const out = PNG.sync.read(await outlineBox(png, { x: 40, y: 40, width: 2, height: 2 }));
    expect(out.data.equals(before.data)).toBe(true);
  });
});
