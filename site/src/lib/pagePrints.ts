import type { PublicEdition, PublicPagePrint, PublicPhoto } from '#contract'
import { photoFiles } from './photos'
import type { Site } from './site'

type EditionPage = PublicEdition['pages'][number]

/** A printed page read as a photo, so it is laid out and linked exactly as photos are. */
export function printAsPhoto(print: PublicPagePrint, alt: string): PublicPhoto {
  return {
    id: print.original.filename,
    alt,
    caption: null,
    credit: null,
    dateTaken: null,
    regionId: null,
    focalX: null,
    focalY: null,
    original: print.original,
    sizes: print.sizes,
  }
}

/** Every file an edition's printed pages refer to: what the build copies into `/media/`. */
export function editionPrintFiles(edition: PublicEdition): string[] {
  return edition.pages.flatMap((page) =>
    page.print
      ? [
          ...photoFiles(printAsPhoto(page.print, '')).map((f) => f.filename),
          ...(page.print.pdf ? [page.print.pdf.filename] : []),
        ]
      : [],
  )
}

/** A story's area as a link over the page image: where it goes, its name, its place in percent. */
export type AreaLink = { href: string; label: string; key: string; style: string }

const percent = (n: number) => `${(n * 100).toFixed(3)}%`

/** The page's story areas that lead to a published story, in page order. */
export function areaLinks(page: EditionPage, site: Site): AreaLink[] {
  return (page.areas ?? []).flatMap((area) => {
    const story = site.find(area.story)
    if (!story) return []
    const label = [story.kicker, story.title, story.subtitle].filter(Boolean).join(' ')
    return [
      {
        href: site.urlOf(story),
        label,
        key: `${story.type}:${story.id}`,
        style: `left:${percent(area.x)};top:${percent(area.y)};width:${percent(area.w)};height:${percent(area.h)}`,
      },
    ]
  })
}

/** The edition's first page that has its printed image (头版), for lists of editions. */
export function frontPage(
  edition: PublicEdition,
): (EditionPage & { print: PublicPagePrint }) | null {
  const pages = [...edition.pages].sort((a, b) => a.number - b.number)
  return (
    (pages.find((p) => p.print) as (EditionPage & { print: PublicPagePrint }) | undefined) ?? null
  )
}
