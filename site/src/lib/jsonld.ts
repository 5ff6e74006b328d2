import type { PublicPhoto, PublicRegion, PublicStory } from '#contract'
import { LANGUAGE } from '../consts'
import { creditText, photoCredit, type Person } from './byline'
import { correctionsJsonLd } from './corrections'
import { formatCalendarDate } from './dates'
import { largestJpeg } from './photos'
import { lineage } from './regions'
import type { Site } from './site'
import { columnUrl, contributorUrl, mediaUrl } from './urls'

type Thing = Record<string, unknown>

/**
 * JSON for a `<script type="application/ld+json">`. Every `<` is escaped, so a headline holding
 * `</script>` cannot end the script element; JSON readers decode `\u003c` back to `<`.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/** `云岭州 › 青山市 › 幸福社区` as nested schema.org places, most specific first. */
function place(path: PublicRegion[]): Thing | undefined {
  return path.reduce<Thing | undefined>(
    (containedInPlace, region) => ({ '@type': 'Place', name: region.name, containedInPlace }),
    undefined,
  )
}

/** schema.org `NewsArticle` for a story page; `origin` makes every URL absolute. */
export function newsArticleJsonLd(story: PublicStory, site: Site, origin: URL): Thing {
  const absolute = (path: string) => new URL(path, origin).href
  const person = ({ name, contributorId }: Person): Thing => {
    const contributor = contributorId ? site.contributors.get(contributorId) : undefined
    return {
      '@type': 'Person',
      name,
      ...(contributor ? { url: absolute(contributorUrl(contributor)) } : {}),
    }
  }
  const image = (photo: PublicPhoto): Thing => {
    const file = largestJpeg(photo)
    const credit = photoCredit(photo.credit)
    const creator = credit?.people[0]
    return {
      '@type': 'ImageObject',
      url: absolute(mediaUrl(file.filename)),
      width: file.width,
      height: file.height,
      caption: photo.caption ?? undefined,
      creditText: credit ? creditText([credit]) : undefined,
      creator: creator?.contributorId
        ? person(creator)
        : creator && { '@type': 'Organization', name: creator.name },
    }
  }

  const writers: Person[] =
    story.type === 'article'
      ? story.bylines.filter((b) => b.role !== 'photographer')
      : [
          { name: story.narrator.name, contributorId: story.narrator.contributorId || null },
          ...(story.compiler ? [story.compiler] : []),
        ]
  const photographers =
    story.type === 'article' ? story.bylines.filter((b) => b.role === 'photographer') : []
  const tagged = story.regionIds.flatMap((id) => site.regions.get(id) ?? [])
  const group = site.groupOf(story)
  const places = (tagged.length > 0 ? tagged : [group.region]).map((r) =>
    place(lineage(r, site.regions)),
  )
  const column = story.columnId ? site.columns.get(story.columnId) : undefined
  const url = absolute(site.urlOf(story))
  const print = site.printOf(story)

  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: story.title,
    alternativeHeadline: story.subtitle ?? story.kicker ?? undefined,
    description: story.excerpt || undefined,
    inLanguage: LANGUAGE,
    dateline: (story.type === 'article' && story.dateline) || undefined,
    datePublished: story.publishedAt,
    dateModified: story.updatedAt,
    author: writers.map(person),
    contributor: photographers.length > 0 ? photographers.map(person) : undefined,
    image: story.photoIds.flatMap((id) => {
      const photo = site.photos.get(id)
      return photo ? [image(photo)] : []
    }),
    contentLocation: places.length === 1 ? places[0] : places,
    articleSection: group.label,
    isPartOf: column && {
      '@type': 'CreativeWorkSeries',
      name: column.name,
      url: absolute(columnUrl(column)),
    },
    ...(print && {
      printEdition: [
        formatCalendarDate(print.date),
        print.editionNumber === null ? '' : `第${print.editionNumber}期`,
      ]
        .filter(Boolean)
        .join(' '),
      printPage: String(print.page),
      printSection: print.pageName ?? undefined,
    }),
    correction: correctionsJsonLd(story, url),
    publisher: { '@type': 'NewsMediaOrganization', name: site.paper.name, url: absolute('/') },
  }
}
