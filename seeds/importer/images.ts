import fs from 'node:fs'
import path from 'node:path'

/** The formats the Media collection accepts, by file extension. */
export const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

// p1.jpg, P2.JPEG, p10.png: the page's photos numbered in print order.
const PHOTO_FILE = /^p([1-9]\d*)(\.[a-z]+)$/i

/** The image files of a page's photos, by number, and the files of the folder left unused. */
export interface PageImages {
  byNumber: Map<number, string>
  unused: string[]
}

/**
 * Finds the photo files in an `--images` folder: `p1.jpg`, `p2.png`, … numbered in page order,
 * counting every photo on the page (the dry run lists them in that order). Any other file, and a
 * second file for the same number, is left unused.
 */
export function findPageImages(dir: string, photoCount: number): PageImages {
  const byNumber = new Map<number, string>()
  const unused: string[] = []
  for (const name of fs.readdirSync(dir).sort()) {
    const match = PHOTO_FILE.exec(name)
    const number = Number(match?.[1])
    const known = match && IMAGE_TYPES[match[2].toLowerCase()]
    if (!known || number > photoCount || byNumber.has(number)) unused.push(name)
    else byNumber.set(number, path.join(dir, name))
  }
  return { byNumber, unused }
}
