import sharp from 'sharp'

import { Random } from './random'

/**
 * A camera JPEG the encoders work as hard on as on a real photo: broad areas of colour (sky,
 * fields, walls), texture at every scale, and sensor-like grain. A flat test card would encode in a
 * fraction of the time, and pure noise in several times it; either would misstate what the CMS
 * costs per photo. Deterministic for a seed. Carries the camera metadata (model, serial, GPS) a
 * newsroom's photos arrive with, so the CMS's metadata strip does its real work.
 */
export async function cameraPhoto(seed: number, width: number, height: number): Promise<Buffer> {
  const rng = new Random(seed)
  // Colour varies slowly across a photo; light and shade vary at every scale, alike in all channels.
  const layer = (columns: number, rows: number, channels: 1 | 3) => {
    const cells = Buffer.alloc(columns * rows * channels)
    for (let i = 0; i < cells.length; i++) cells[i] = rng.int(0, 255)
    return (
      sharp(cells, { raw: { width: columns, height: rows, channels } })
        .resize(width, height, { kernel: 'cubic', fit: 'fill' })
        // sharp hands back sRGB unless told to keep the single channel.
        .toColourspace(channels === 1 ? 'b-w' : 'srgb')
        .raw()
        .toBuffer()
    )
  }
  const [scene, texture, detail] = await Promise.all([
    layer(8, 6, 3),
    layer(Math.ceil(width / 40), Math.ceil(height / 40), 1),
    layer(Math.ceil(width / 5), Math.ceil(height / 5), 1),
  ])
  const pixels = Buffer.alloc(width * height * 3)
  // xorshift32 for the grain: one call per byte, where the class above would be too slow.
  let state = seed | 1
  for (let i = 0; i < pixels.length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    const grain = (state & 15) - 8
    const pixel = (i / 3) | 0
    const value =
      scene[i] * 0.6 + (texture[pixel] - 128) * 0.5 + (detail[pixel] - 128) * 0.3 + 50 + grain
    pixels[i] = value < 0 ? 0 : value > 255 ? 255 : value
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R6', Software: 'county-news bench' },
      IFD2: { BodySerialNumber: `BENCH-${seed}` },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '44/1 1/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '87/1 18/1 0/1',
      },
    })
    .toBuffer()
}
