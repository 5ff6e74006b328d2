import type { CollectionSlug, Payload, Where } from 'payload'

import type {
  Article,
  Contributor,
  Edition,
  Media,
  PagePrint,
  Profile,
  Region,
} from '@/payload-types'

import { paperDate } from '../../../site/src/lib/dates'
import { relationId } from '../lib/relationId'
import { photoIdsOf } from '../lib/storyPhotos'
import { attachCorrections } from './corrections'
import { loadPaper } from './loadPaper'
import { excerptOf, toBodyBlocks } from './richText'
import { imageFile, shapePhoto, sizesOf } from './shapePhoto'
import { SNAPSHOT_VERSION } from './store'
import type {
  Id,
  PublicStory,
  PublicArticle,
  PublicByline,
  PublicEdition,
  PublicPagePrint,
  PublicPhoto,
  PublicProfile,
  PublicRegion,
  PublicSnapshot,
} from './types'

type Ref = number | string | { id: number | string } | null | undefined
const idOf = (ref: Ref): Id | null => {
  const id = relationId(ref)
  return id === null ? null : String(id)
}

/**
 * Reads as an anonymous reader would: access rules apply (published only, no desk notes, no
 * owners), and the explicit `_status` filter is a second lock on the same door.
 */
async function readPublic<T>(
  payload: Payload,
  collection: CollectionSlug,
  where?: Where,
): Promise<T[]> {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs as T[]
}

const published: Where = { _status: { equals: 'published' } }

function shapeRegions(regions: Region[]): PublicRegion[] {
  const byId = new Map(regions.map((r) => [String(r.id), r]))
  const ancestryOf = (region: Region): Id[] => {
    const chain: Id[] = []
    for (let r: Region | undefined = region; r; r = byId.get(idOf(r.parent) ?? '')) {
      if (chain.includes(String(r.id))) break
      chain.unshift(String(r.id))
    }
    return chain
  }
  return regions.map((r) => ({
    id: String(r.id),
    name: r.name,
    slug: r.slug ?? String(r.id),
    level: r.level,
    parentId: idOf(r.parent),
    countyId: r.level === 'county' ? String(r.id) : idOf(r.county),
    ancestry: ancestryOf(r),
    order: r.order ?? null,
  }))
}

/** A printed page's image and PDF: only its files, never its text layer. */
function shapePagePrint(print: PagePrint): PublicPagePrint | null {
  const original = imageFile(print)
  if (!original) return null
  return {
    original,
    sizes: sizesOf(print),
    pdf: print.pdfFilename
      ? { filename: print.pdfFilename, filesize: print.pdfFilesize ?? 0 }
      : null,
  }
}

/** An edition's day in the paper's calendar, `YYYY-MM-DD`. */
const calendarDate = (iso: string) => {
  const { year, month, day } = paperDate(iso)
  return `${year}-${month}-${day}`
}

const storyRef = (s: { relationTo: 'articles' | 'profiles'; value: Ref }) => ({
  type: s.relationTo === 'articles' ? ('article' as const) : ('profile' as const),
  id: idOf(s.value) as Id,
})

function shapeEdition(
  edition: Edition,
  live: (key: string) => boolean,
  prints: Map<Id, PublicPagePrint>,
): PublicEdition {
  return {
    id: String(edition.id),
    date: calendarDate(edition.date),
    number: edition.number ?? null,
    pages: (edition.pages ?? []).map((page) => ({
      number: page.number,
      name: page.name ?? null,
      // A page may list a story that is not (yet) live: readers see only the live ones.
      stories: (page.stories ?? []).map(storyRef).filter((s) => live(`${s.type}:${s.id}`)),
      print: prints.get(idOf(page.print as Ref) ?? '') ?? null,
      areas: (page.areas ?? [])
        .map((a) => ({ story: storyRef(a.story), x: a.x, y: a.y, w: a.w, h: a.h }))
        .filter((a) => live(`${a.story.type}:${a.story.id}`)),
    })),
  }
}

/** A draft shown to its editor (or owner) before publishing: the only story in its snapshot. */
export type PreviewStory =
  { collection: 'articles'; doc: Article } | { collection: 'profiles'; doc: Profile }

/** The paper, its places, people and columns: small, and on almost every page. */
export type PublicMeta = Pick<PublicSnapshot, 'paper' | 'regions' | 'contributors' | 'columns'>

export async function readPublicMeta(payload: Payload): Promise<PublicMeta> {
  const [paper, regionDocs, contributorDocs, columnDocs] = await Promise.all([
    loadPaper(payload),
    readPublic<Region>(payload, 'regions'),
    readPublic<Contributor>(payload, 'contributors'),
    readPublic<{ id: number; name: string; slug?: string | null; description?: string | null }>(
      payload,
      'columns',
    ),
  ])
  return {
    paper,
    regions: shapeRegions(regionDocs),
    contributors: contributorDocs.map((c) => ({
      id: String(c.id),
      name: c.name,
      slug: c.slug ?? String(c.id),
      defaultRole: c.defaultRole,
      affiliation: c.affiliation ?? null,
      bio: c.bio ?? null,
    })),
    columns: columnDocs.map((c) => ({
      id: String(c.id),
      name: c.name,
      slug: c.slug ?? String(c.id),
      description: c.description ?? null,
    })),
  }
}

/** Published editions, their pages listing only the stories `live` says are published. */
export async function readPublicEditions(
  payload: Payload,
  live: (key: string) => boolean,
  where?: Where,
): Promise<PublicEdition[]> {
  const docs = await readPublic<Edition>(
    payload,
    'editions',
    where ? { and: [published, where] } : published,
  )
  const printIds = docs.flatMap((e) => (e.pages ?? []).flatMap((p) => idOf(p.print as Ref) ?? []))
  const prints = new Map<Id, PublicPagePrint>()
  for (let i = 0; i < printIds.length; i += 500) {
    // Uploads are the newsroom's until their edition is out: read past their access rule here,
    // for editions the anonymous reader above was allowed, and only their files are shaped.
    const { docs: found } = await payload.find({
      collection: 'page-prints',
      where: { id: { in: printIds.slice(i, i + 500) } },
      select: {
        filename: true,
        mimeType: true,
        filesize: true,
        width: true,
        height: true,
        sizes: true,
        pdfFilename: true,
        pdfFilesize: true,
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const print of found as PagePrint[]) {
      const shaped = shapePagePrint(print)
      if (shaped) prints.set(String(print.id), shaped)
    }
  }
  return docs.map((e) => shapeEdition(e, live, prints))
}

/**
 * The ids of editions (published or not) whose pages list any of these stories. Matched on the
 * stories' ids alone, whatever their collection: a few editions too many are only read again.
 */
export async function editionsListing(payload: Payload, storyIds: readonly Id[]): Promise<Id[]> {
  const found = new Set<Id>()
  for (let i = 0; i < storyIds.length; i += 500) {
    const { docs } = await payload.find({
      collection: 'editions',
      where: { 'pages.stories.value': { in: storyIds.slice(i, i + 500) } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) found.add(String(doc.id))
  }
  return [...found]
}

/** Published stories matching `where` (or the preview's draft), shaped, with the photos they show. */
export async function readPublicStories(
  payload: Payload,
  meta: PublicMeta,
  { where, preview }: { where?: Where; preview?: PreviewStory },
): Promise<{ stories: PublicStory[]; photos: PublicPhoto[] }> {
  const [articleDocs, profileDocs] = preview
    ? [
        preview.collection === 'articles' ? [preview.doc] : [],
        preview.collection === 'profiles' ? [preview.doc] : [],
      ]
    : await Promise.all([
        readPublic<Article>(payload, 'articles', where ? { and: [published, where] } : published),
        readPublic<Profile>(payload, 'profiles', where ? { and: [published, where] } : published),
      ])
  return shapeStories(payload, meta, articleDocs, profileDocs)
}

async function shapeStories(
  payload: Payload,
  meta: PublicMeta,
  articleDocs: Article[],
  profileDocs: Profile[],
): Promise<{ stories: PublicStory[]; photos: PublicPhoto[] }> {
  const regionById = new Map(meta.regions.map((r) => [r.id, r]))
  const contributorById = new Map(meta.contributors.map((c) => [c.id, c]))

  const photoIds = [
    ...new Set([...articleDocs, ...profileDocs].flatMap((s) => photoIdsOf(s).map(String))),
  ]
  const mediaDocs: Media[] = []
  // In chunks: an archive's photo ids would exceed SQLite's limit on bound parameters.
  for (let i = 0; i < photoIds.length; i += 1000) {
    mediaDocs.push(
      ...(await readPublic<Media>(payload, 'media', { id: { in: photoIds.slice(i, i + 1000) } })),
    )
  }
  const photos = mediaDocs
    .map((m) => shapePhoto(m, contributorById))
    .filter((p): p is PublicPhoto => p !== null)
  const shownPhotos = new Set(photos.map((p) => p.id))

  const countyOf = (regionIds: Id[]): Id | null => {
    for (const id of regionIds) {
      const county = regionById.get(id)?.countyId
      if (county) return county
    }
    return null
  }
  const common = (story: Article | Profile) => {
    const regionIds = (story.regions ?? [])
      .map(idOf)
      .filter((id): id is Id => id !== null && regionById.has(id))
    return {
      id: String(story.id),
      slug: story.slug ?? String(story.id),
      kicker: story.kicker?.trim() || null,
      title: story.title,
      subtitle: story.subtitle?.trim() || null,
      publishedAt: story.publishedAt ?? story.updatedAt,
      updatedAt: story.updatedAt,
      regionIds,
      countyId: countyOf(regionIds),
      columnId: idOf(story.column),
      photoIds: photoIdsOf(story)
        .map(String)
        .filter((id) => shownPhotos.has(id)),
      formerAddresses: (story.formerAddresses ?? []).map((a) => ({
        countyId: idOf(a.county),
        publishedAt: a.publishedAt,
        slug: a.slug,
      })),
    }
  }
  const byline = (ref: Ref, role: PublicByline['role']): PublicByline | null => {
    const contributor = contributorById.get(idOf(ref) ?? '')
    return contributor ? { contributorId: contributor.id, name: contributor.name, role } : null
  }

  const articles: PublicArticle[] = articleDocs.map((a) => ({
    ...common(a),
    type: 'article',
    dateline: a.dateline?.trim() || null,
    bylines: (a.bylines ?? []).map((b) => byline(b.contributor, b.role)).filter((b) => b !== null),
    leadPhotoId: shownPhotos.has(idOf(a.leadPhoto) ?? '') ? idOf(a.leadPhoto) : null,
    body: toBodyBlocks(a.body),
    excerpt: excerptOf([a.body]),
  }))

  const profiles: PublicProfile[] = profileDocs.map((p) => {
    const narrator = byline(p.narrator?.contributor, 'narrator')
    const compiler = byline(p.compiler, 'compiler')
    const chapters = (p.chapters ?? []).map((c) => ({
      subheading: c.subheading?.trim() || null,
      body: toBodyBlocks(c.body),
    }))
    return {
      ...common(p),
      type: 'profile',
      narrator: {
        contributorId: narrator?.contributorId ?? '',
        name: narrator?.name ?? '',
        age: p.narrator?.age ?? null,
        occupation: p.narrator?.occupation?.trim() || null,
        regionId: idOf(p.narrator?.region),
      },
      compiler: compiler ? { contributorId: compiler.contributorId, name: compiler.name } : null,
      chapters,
      excerpt: excerptOf((p.chapters ?? []).map((c) => c.body)),
    }
  })
  return { stories: await attachCorrections(payload, [...articles, ...profiles]), photos }
}

/**
 * The one place that decides what is public. Everything the site, its feeds, sitemaps and search
 * index show comes from these readers: published articles, profiles and editions, with their
 * contributors, regions (and county), columns and photos resolved — never drafts, scheduled stories
 * before their time, trashed stories, desk notes or accounts. `loadPublicContent` reads all of it at
 * once (previews, tests, `npm run export:snapshot`); site builds read it piece by piece into the
 * public store (`exportStore.ts`). A preview swaps the published stories for one draft, which the
 * caller has checked the viewer may see.
 */
export async function loadPublicContent(
  payload: Payload,
  { now = new Date(), preview }: { now?: Date; preview?: PreviewStory } = {},
): Promise<PublicSnapshot> {
  const meta = await readPublicMeta(payload)
  const { stories, photos } = await readPublicStories(payload, meta, { preview })
  const live = new Set(stories.map((s) => `${s.type}:${s.id}`))
  const editions = preview ? [] : await readPublicEditions(payload, (key) => live.has(key))
  return {
    version: SNAPSHOT_VERSION,
    generatedAt: now.toISOString(),
    ...meta,
    photos,
    articles: stories.filter((s): s is PublicArticle => s.type === 'article'),
    profiles: stories.filter((s): s is PublicProfile => s.type === 'profile'),
    editions,
  }
}
