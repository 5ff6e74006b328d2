import type {
  Id,
  PublicBodyBlock,
  PublicContributor,
  PublicImageFile,
  PublicPhoto,
  PublicStory,
} from '#contract'
import { linkCredits, photoCredit, type CreditLine } from './byline'
import { PHOTO_FORMAT_NAMES, PHOTO_WIDTH_NAMES } from './schema'
import type { Site } from './site'
import { mediaUrl } from './urls'

/** Every file a photo refers to: what the build copies into `/media/`. */
export function photoFiles(photo: PublicPhoto): PublicImageFile[] {
  return [
    photo.original,
    ...PHOTO_WIDTH_NAMES.flatMap((width) =>
      PHOTO_FORMAT_NAMES.flatMap((format) => photo.sizes[width]?.[format] ?? []),
    ),
  ]
}

/** Formats every browser shows in an `<img>`; anything else (TIFF, HEIC) is never linked. */
const WEB_SAFE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'])

export type Picture = {
  avif: string | null
  webp: string | null
  /** The `<img>`'s srcset: JPEG sizes, plus the original when it is wider than all of them. */
  fallback: string
  src: string
  width: number
  height: number
  /** From the focal point, so crops keep the subject. */
  objectPosition: string
}

const srcset = (files: PublicImageFile[]) =>
  files.map((f) => `${mediaUrl(f.filename)} ${f.width}w`).join(', ')

/**
 * The sources of a `<picture>`: AVIF, then WebP, then JPEG for the rest. The CMS makes no size
 * wider than the original, so an original wider than the widest JPEG made fills the gap.
 */
export function pictureSources(photo: PublicPhoto): Picture {
  const sized = (format: (typeof PHOTO_FORMAT_NAMES)[number]) =>
    PHOTO_WIDTH_NAMES.flatMap((width) => photo.sizes[width]?.[format] ?? [])
  const jpegs = sized('jpeg')
  const originalFills =
    WEB_SAFE.has(photo.original.mimeType) && photo.original.width > (jpegs.at(-1)?.width ?? 0)
  const fallback = originalFills ? [...jpegs, photo.original] : jpegs
  const img = photo.sizes.card?.jpeg ?? fallback.at(-1) ?? photo.original
  const avif = sized('avif')
  const webp = sized('webp')
  return {
    avif: avif.length > 0 ? srcset(avif) : null,
    webp: webp.length > 0 ? srcset(webp) : null,
    fallback: srcset(fallback.length > 0 ? fallback : [img]),
    src: mediaUrl(img.filename),
    width: img.width,
    height: img.height,
    objectPosition: `${photo.focalX ?? 50}% ${photo.focalY ?? 50}%`,
  }
}

/** The largest JPEG a crawler or feed reader can take as the photo's single URL. */
export function largestJpeg(photo: PublicPhoto): PublicImageFile {
  return (
    photo.sizes.full?.jpeg ??
    photo.sizes.card?.jpeg ??
    photo.sizes.thumbnail?.jpeg ??
    photo.original
  )
}

/** The photo that stands for a story in lists and previews: its lead or portrait, else its first. */
export function coverPhotoId(story: PublicStory): Id | null {
  return (story.type === 'article' ? story.leadPhotoId : null) ?? story.photoIds[0] ?? null
}

export type PhotoPlacement = {
  /** Shown under the headline: an article's lead photo, a profile's portrait. */
  top: Id | null
  /** Photos the text places; a repeat of the top photo is dropped. */
  inText: Set<Id>
  /** Photos the story shows that neither the top nor the text places, shown after the text. */
  after: Id[]
}

/** Where each of a story's photos appears, so every one shows exactly once. */
export function photoPlacementOf(story: PublicStory): PhotoPlacement {
  const top = story.type === 'article' ? story.leadPhotoId : (story.photoIds[0] ?? null)
  const blocks: PublicBodyBlock[] =
    story.type === 'article' ? story.body : story.chapters.flatMap((c) => c.body)
  const inText = new Set(
    blocks.flatMap((b) => (b.kind === 'photo' && b.photoId !== top ? [b.photoId] : [])),
  )
  const after = story.photoIds.filter((id) => id !== top && !inText.has(id))
  return { top, inText, after }
}

/** A photo as a story shows it: the caption it is shown with and its credit, linked. */
export type ShownPhoto = { photo: PublicPhoto; caption: string | null; credit: CreditLine | null }

/** A photo with its credit resolved; `caption` is where the story places it, over the photo's own. */
export function shownPhoto(
  photo: PublicPhoto,
  contributors: ReadonlyMap<Id, PublicContributor>,
  caption: string | null = photo.caption,
): ShownPhoto {
  const credit = photoCredit(photo.credit)
  return { photo, caption, credit: credit ? (linkCredits([credit], contributors)[0] ?? null) : null }
}

/** The photos with these ids that the page holds, in order, each with its own caption. */
export const shownPhotos = (
  ids: readonly Id[],
  { photos, contributors }: Pick<Site, 'photos' | 'contributors'>,
): ShownPhoto[] => ids.flatMap((id) => {
  const photo = photos.get(id)
  return photo ? [shownPhoto(photo, contributors)] : []
})

/** Story text as its template renders it: sanitised HTML, and the photos placed in it, resolved. */
export type BodyPart = { kind: 'html'; html: string } | { kind: 'photo'; shown: ShownPhoto }

/**
 * A story's text blocks with each placed photo resolved; a photo shown elsewhere on the page (the
 * lead photo), or not on the page at all, is left out.
 */
export function bodyParts(
  blocks: readonly PublicBodyBlock[],
  { photos, contributors }: Pick<Site, 'photos' | 'contributors'>,
  shownElsewhere: Id | null = null,
): BodyPart[] {
  return blocks.flatMap((block): BodyPart[] => {
    if (block.kind === 'html') return [block]
    const photo = block.photoId === shownElsewhere ? undefined : photos.get(block.photoId)
    return photo
      ? [{ kind: 'photo', shown: shownPhoto(photo, contributors, block.caption ?? photo.caption) }]
      : []
  })
}
