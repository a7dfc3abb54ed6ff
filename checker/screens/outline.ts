/** Where a control is on the screenshot, in its pixels (CSS pixels at scale 1). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The outline's colour (red, clear on the product's blue and white), its width and its gap from the control. */
export const OUTLINE = { rgb: [0xd1, 0x34, 0x38], width: 3, offset: 2 } as const;

/**
 * The screenshot with a square outline drawn around `box`, in whole pixels: the same screen and box give the same
 * bytes. It is drawn on the image, never on the page: restyling the control for the screenshot made the browser
 * repaint that part of the screen, and the repaint's anti-aliased corners differed from run to run.
 */
export async function outlineBox(png: Buffer, box: Box): Promise<Buffer> {
  // libvips decodes and encodes in native code off the event loop: pngjs took four times as long (56 against 13 ms
  // a screenshot) on the check's one thread, beside the browsers on a machine of two cores. Loaded here: a check
  // that reads every outline back never needs it.
  const { default: sharp } = await import('sharp');
  // The pixels as the file holds them, as the browser captured them: an embedded colour profile is not applied
  // (that would change every pixel, not the ring); grey or palette images get their colour channels.
  const { data, info } = await sharp(png, { ignoreIcc: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const image = { data, width: info.width, height: info.height, channels: info.channels };
  const { width, offset, rgb } = OUTLINE;
  const inner = {
    left: Math.round(box.x) - offset,
    top: Math.round(box.y) - offset,
    right: Math.round(box.x + box.width) + offset,
    bottom: Math.round(box.y + box.height) + offset,
  };
  const outer = {
    left: inner.left - width,
    top: inner.top - width,
    right: inner.right + width,
    bottom: inner.bottom + width,
  };
  // The part of the outline on the screen: a control partly scrolled out of view is outlined where it shows.
  for (let y = Math.max(0, outer.top); y < Math.min(image.height, outer.bottom); y++)
    for (let x = Math.max(0, outer.left); x < Math.min(image.width, outer.right); x++) {
      if (x >= inner.left && x < inner.right && y >= inner.top && y < inner.bottom) continue;
      const i = (y * image.width + x) * image.channels;
      image.data[i] = rgb[0];
      image.data[i + 1] = rgb[1];
      image.data[i + 2] = rgb[2];
      if (image.channels === 4) image.data[i + 3] = 0xff;
    }
  const { channels } = image;
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels } })
    .png()
    .toBuffer();
}
