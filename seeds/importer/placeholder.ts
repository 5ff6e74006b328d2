import sharp from 'sharp'

const WIDTH = 1200
const HEIGHT = 800
const STRIPE = 40

/** Marks a photo whose picture is still to come; it opens the alt text, which the admin lists. */
export const PENDING_MARK = '【待补图】'

/**
 * A stand-in picture for a photo printed on the page but not supplied: 1200×800 grey with diagonal
 * stripes and no text, so nobody mistakes it for a real photo or reads it as a caption.
 */
export async function placeholderJpeg(): Promise<Buffer> {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3)
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const shade = Math.floor((x + y) / STRIPE) % 2 === 0 ? 0xb4 : 0xa0
      pixels.fill(shade, (y * WIDTH + x) * 3, (y * WIDTH + x) * 3 + 3)
    }
  }
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer()
}
