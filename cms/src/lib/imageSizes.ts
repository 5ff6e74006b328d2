import type { ImageSize } from 'payload'

/** Widths the site lays photos out at: list thumbnails, cards, and the story's full width. */
export const PHOTO_WIDTHS = { thumbnail: 400, card: 800, full: 1600 } as const

/** Each width in AVIF and WebP for browsers that take them, and JPEG for the rest. */
export const PHOTO_FORMATS = {
  avif: { format: 'avif', options: { quality: 55, effort: 2 } },
  webp: { format: 'webp', options: { quality: 78 } },
  jpeg: { format: 'jpeg', options: { quality: 80, mozjpeg: true } },
} as const

export type PhotoWidth = keyof typeof PHOTO_WIDTHS
export type PhotoFormat = keyof typeof PHOTO_FORMATS

/** `card` is the JPEG, `cardWebp` and `cardAvif` its siblings: the names Payload stores sizes under. */
export const sizeName = (width: PhotoWidth, format: PhotoFormat): string =>
  format === 'jpeg' ? width : `${width}${format[0].toUpperCase()}${format.slice(1)}`

export const IMAGE_SIZES: ImageSize[] = (Object.keys(PHOTO_WIDTHS) as PhotoWidth[]).flatMap(
  (width) =>
    (Object.keys(PHOTO_FORMATS) as PhotoFormat[]).map((format) => ({
      name: sizeName(width, format),
      width: PHOTO_WIDTHS[width],
      withoutEnlargement: true,
      // Width-only sizes never crop; saying so keeps Payload off its focal-point path, which
      // decodes without JPEG shrink-on-load and encodes twice (measured 1.84 s against 1.47 s).
      fit: 'inside' as const,
      formatOptions: PHOTO_FORMATS[format],
    })),
)
