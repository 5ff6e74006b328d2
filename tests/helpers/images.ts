import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import sharp from 'sharp'

export const SECRET_SERIAL = 'SN-0042-SECRET'
export const SECRET_LENS = 'LENS-7781'

/** XMP carrying a photographer's name: EXIF's ASCII Artist tag cannot hold Chinese. */
const xmpCreator = (name: string) =>
  `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">` +
  `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ` +
  `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${name}</rdf:li>` +
  `</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`

/**
 * A camera JPEG as a newsroom receives it: GPS position, body and lens serial numbers, and the
 * photographer's name in XMP (Chinese) or EXIF Artist (ASCII).
 */
export async function cameraJpeg(
  options: { creator?: string; artist?: string; width?: number; height?: number } = {},
) {
  const { creator, artist, width = 2000, height = 1333 } = options
  let image = sharp({ create: { width, height, channels: 3, background: '#7a9cc6' } })
    .composite([
      {
        input: {
          create: {
            width: Math.floor(width / 2),
            height: Math.floor(height / 2),
            channels: 3,
            background: '#d94',
          },
        },
        top: 40,
        left: 60,
      },
    ])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R5', ...(artist ? { Artist: artist } : {}) },
      IFD2: { BodySerialNumber: SECRET_SERIAL, LensSerialNumber: SECRET_LENS },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '44/1 18/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '86/1 12/1 0/1',
      },
    })
  if (creator) image = image.withXmp(xmpCreator(creator))
  return image.toBuffer()
}

/** Random pixels compress badly: a real photo of the given pixel size, several megabytes. */
export async function noisyJpeg(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 100 })
    .toBuffer()
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/**
 * A valid 17000×17000 RGB PNG of zeros: under a megabyte on disk, 867 MB once decoded. Streamed
 * row by row so making it costs no more memory than it is meant to cost the server. Cached.
 */
export async function decompressionBombPng(size = 17000): Promise<Buffer> {
  const cached = path.join(os.tmpdir(), `county-news-bomb-${size}.png`)
  if (fs.existsSync(cached)) return fs.readFileSync(cached)
  const deflate = zlib.createDeflate({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const row = Buffer.alloc(1 + size * 3)
  for (let y = 0; y < size; y++) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.concat(out)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
  fs.writeFileSync(cached, png)
  return png
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
)

export const HTML_AS_JPEG = Buffer.from(
  '<!doctype html><html><body><script>alert(1)</script></body></html>',
)

/** Every file under a folder, relative, sorted: to prove an upload left nothing behind. */
export function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
}
