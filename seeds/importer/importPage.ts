import type { Payload } from 'payload'

import type { Column, Edition, Media, Region } from '@/payload-types'

import { allOrNothing, type Transaction } from '../lib/allOrNothing'
import { findOrCreate } from '../lib/findOrCreate'
import { type Counts, Tally } from '../lib/tally'
import { Contributors, creditNames, defaultRoles } from './contributors'
import { databaseGazetteer } from './databaseGazetteer'
import {
  editionDate,
  findEdition,
  type ListedStory,
  pagesListing,
  sameRef,
  withPrint,
  type StoryCollection,
  type StoryRef,
  storiesOn,
} from './edition'
import { findPageImages, type PageImages } from './images'
import { parsePage } from './parsePage'
import { type PagePrintFile, uploadPagePrint } from './pagePrint'
import { createPhoto } from './photos'
import { placeholderJpeg } from './placeholder'
import { placePhotos } from './placement'
import { RegionTree } from './regionTree'
import { articleData, profileData } from './storyData'
import type { ParsedStory } from './types'

/** A page to import and where it goes. */
export interface PageImport {
  /** The page's plain text. */
  text: string
  /** The edition's date, YYYY-MM-DD. */
  date: string
  edition: number
  page: number
  pageName: string | null
  /** A folder with the page's photos as p1.jpg, p2.png, … in page order; null for placeholders. */
  imagesDir: string | null
  /** The printed page (PDF or image) for the 电子版; its story areas are proposed from a PDF. */
  print?: PagePrintFile | null
}

export interface ImportedStory {
  relationTo: StoryCollection
  id: number
  title: string
  /** The page line of its first headline line. */
  line: number
  created: boolean
}

export interface ImportWarning {
  /** The story's title; null for the page as a whole. */
  story: string | null
  line: number | null
  message: string
}

/** What an import did, for the report and for tests. */
export interface ImportReport {
  date: string
  page: number
  pageName: string | null
  edition: { id: number; number: number | null; created: boolean; updated: boolean }
  stories: ImportedStory[]
  counts: Counts
  /** Photos stored with the placeholder picture, waiting for the real one. */
  pending: number
  /** With a printed page: each story of the page and whether it has an area on it. */
  areas: { title: string; found: boolean }[] | null
  warnings: ImportWarning[]
}

/**
 * Imports a printed page as draft stories in one all-or-nothing step: everything it needs is found
 * or created, nothing is published, and a page imported before is left as it is.
 */
export function importPage(payload: Payload, page: PageImport): Promise<ImportReport> {
  return allOrNothing(payload, (tx) => importPageIn(tx, page))
}

/**
 * The import inside a transaction the caller commits, as the seed does with more work around it;
 * its counts go to the caller's tally when one is given.
 */
export async function importPageIn(
  tx: Transaction,
  input: PageImport,
  tally = new Tally(),
): Promise<ImportReport> {
  const { stories } = parsePage(input.text, await databaseGazetteer(tx.payload, tx.local))
  if (stories.length === 0) throw new Error('未在文件中找到稿件 (no stories found on the page)')
  return new PageImporter(tx, input, tally, stories).run()
}

const storyRef = ({ relationTo, id }: ImportedStory): StoryRef =>
  relationTo === 'articles'
    ? { relationTo: 'articles', value: id }
    : { relationTo: 'profiles', value: id }

/** Prefixes an error with the place it happened, so one line tells the editor where to look. */
async function within<T>(where: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    const details = (error as { data?: { errors?: { message: string }[] } }).data?.errors
    const message = details?.length
      ? details.map((detail) => detail.message).join('；')
      : (error as Error).message
    throw new Error(`${where}：${message}`, { cause: error })
  }
}

class PageImporter {
  private readonly warnings: ImportWarning[] = []
  private readonly regions: RegionTree
  private readonly columnIds = new Map<string, Column['id']>()
  private readonly contributors: Contributors
  private readonly images: PageImages | null
  private placeholder: Buffer | null = null
  private pending = 0
  private photoNumber = 0

  constructor(
    private readonly tx: Transaction,
    private readonly input: PageImport,
    private readonly tally: Tally,
    private readonly stories: ParsedStory[],
  ) {
    this.regions = new RegionTree(tx, tally)
    this.contributors = new Contributors(tx, tally, defaultRoles(stories))
    const photoCount = stories.reduce((count, story) => count + story.photos.length, 0)
    this.images = input.imagesDir ? findPageImages(input.imagesDir, photoCount) : null
  }

  async run(): Promise<ImportReport> {
    const { tx, input, stories } = this
    const edition = await findEdition(tx, input.date)
    if (edition?.deletedAt) {
      throw new Error(
        `${input.date} 的期次在回收站中，请先恢复或彻底删除 (the edition of that day is in the trash)`,
      )
    }
    if (edition?.number && edition.number !== input.edition) {
      this.warn(null, null, `该日期已有第${edition.number}期，期号未改 (edition number kept)`)
    }
    const listed = edition ? await storiesOn(tx, edition) : []
    if (this.images?.unused.length) {
      const files = this.images.unused.join(', ')
      this.warn(null, null, `图片文件夹中未使用的文件 (unused files in --images): ${files}`)
    }
    const imported: ImportedStory[] = []
    for (const [index, story] of stories.entries()) {
      for (const warning of story.warnings) this.warn(story.title, warning.line, warning.message)
      const where = `第${index + 1}篇《${story.title}》(story ${index + 1}, line ${story.line})`
      imported.push(await within(where, () => this.story(story, listed)))
    }
    // Like its stories, a page's printed page is never replaced by importing the page again.
    const printed = edition?.pages?.some((p) => p.number === input.page && p.print)
    if (input.print && printed) {
      this.warn(null, null, '该版已有版面图，未替换 (the page already has its printed page; kept)')
    }
    const printId =
      input.print && !printed
        ? await within('版面图 (printed page)', () =>
            uploadPagePrint(tx, input.print as PagePrintFile, input.date, input.page),
          )
        : null
    const saved = await within('期次 (edition)', () => this.saveEdition(edition, imported, printId))
    return {
      date: input.date,
      page: input.page,
      pageName: input.pageName,
      edition: saved,
      stories: imported,
      counts: this.tally.counts,
      pending: this.pending,
      areas: printId === null ? null : await this.areasFound(saved.id, imported),
      warnings: this.warnings,
    }
  }

  /** Whether each story has an area on the printed page after the save (proposed or drawn). */
  private async areasFound(editionId: number, stories: ImportedStory[]) {
    const { tx, input } = this
    const edition = await tx.payload.findByID({
      collection: 'editions',
      id: editionId,
      draft: true,
      ...tx.local,
    })
    const page = edition.pages?.find((p) => p.number === input.page)
    return stories.map((story) => ({
      title: story.title,
      found: (page?.areas ?? []).some((area) => sameRef(area.story, storyRef(story))),
    }))
  }

  /**
   * Creates the edition with the page, or lists the new stories on the existing one as a new draft
   * of it; stories it lists already stay where an editor put them.
   */
  private async saveEdition(
    edition: Edition | null,
    stories: ImportedStory[],
    print: number | null,
  ): Promise<ImportReport['edition']> {
    const { tx, input } = this
    const refs = stories.map(storyRef)
    if (!edition) {
      this.tally.created('editions')
      const created = await tx.payload.create({
        collection: 'editions',
        data: {
          date: editionDate(input.date),
          number: input.edition,
          pages: [{ number: input.page, name: input.pageName, stories: refs, print }],
          _status: 'draft',
        },
        draft: true,
        ...tx.local,
      })
      return { id: created.id, number: input.edition, created: true, updated: false }
    }
    this.tally.matched('editions')
    const created = stories.filter((story) => story.created).map(storyRef)
    const listed = pagesListing(edition.pages ?? [], input.page, input.pageName, refs, created)
    const pages =
      print === null
        ? listed
        : withPrint(listed ?? edition.pages ?? [], input.page, input.pageName, print)
    if (pages) {
      await tx.payload.update({
        collection: 'editions',
        id: edition.id,
        data: { pages },
        draft: true,
        ...tx.local,
      })
    }
    const number = edition.number ?? null
    return { id: edition.id, number, created: false, updated: Boolean(pages) }
  }

  private warn(story: string | null, line: number | null, message: string): void {
    this.warnings.push({ story, line, message })
  }

  /** A story already on the edition is left alone; a new one is created with all it refers to. */
  private async story(story: ParsedStory, listed: ListedStory[]): Promise<ImportedStory> {
    const relationTo = story.type === 'profile' ? 'profiles' : 'articles'
    const numbers = story.photos.map(() => ++this.photoNumber)
    const match = listed.find((doc) => doc.relationTo === relationTo && doc.title === story.title)
    if (match) {
      this.tally.matched(relationTo)
      return { relationTo, id: match.id, title: story.title, line: story.line, created: false }
    }
    const regions = await this.regions.regionsOf(story)
    const column = story.column ? await this.column(story.column) : null
    const photos: Media[] = []
    for (const [index, photo] of story.photos.entries()) {
      photos.push(await this.photo(story, photo, numbers[index], regions[0] ?? null))
    }
    const regionIds = regions.map((region) => region.id)
    this.tally.created(relationTo)
    const id =
      relationTo === 'profiles'
        ? await this.createProfile(story, photos, regionIds, column)
        : await this.createArticle(story, photos, regionIds, column)
    return { relationTo, id, title: story.title, line: story.line, created: true }
  }

  private async createArticle(
    story: ParsedStory,
    photos: Media[],
    regions: Region['id'][],
    column: Column['id'] | null,
  ): Promise<number> {
    const places = placePhotos(story)
    const bylines = []
    for (const { name, role } of story.bylines) {
      // Narrators only tell profiles; an article's byline has no such role.
      if (role === 'narrator') continue
      bylines.push({ contributor: await this.contributors.idOf(name), role })
    }
    const data = articleData(story, {
      bylines,
      leadPhoto: photos[places.indexOf('lead')]?.id ?? null,
      bodyPhotos: photos.flatMap((photo, index) => {
        const place = places[index]
        return place === 'lead' ? [] : [{ media: photo.id, after: place }]
      }),
      regions,
      column,
    })
    const doc = await this.tx.payload.create({
      collection: 'articles',
      data,
      draft: true,
      ...this.tx.local,
    })
    return doc.id
  }

  private async createProfile(
    story: ParsedStory,
    photos: Media[],
    regions: Region['id'][],
    column: Column['id'] | null,
  ): Promise<number> {
    const narrator = story.bylines.find((byline) => byline.role === 'narrator')
    const compiler = story.bylines.find((byline) => byline.role === 'compiler')
    if (!narrator) throw new Error('口述实录缺少口述人 (a profile needs its narrator)')
    const data = profileData(story, {
      narrator: await this.contributors.idOf(narrator.name),
      compiler: compiler ? await this.contributors.idOf(compiler.name) : null,
      photos: photos.map((photo) => photo.id),
      regions,
      column,
    })
    const doc = await this.tx.payload.create({
      collection: 'profiles',
      data,
      draft: true,
      ...this.tx.local,
    })
    return doc.id
  }

  private async column(name: string): Promise<Column['id']> {
    const known = this.columnIds.get(name)
    if (known !== undefined) return known
    const column = await findOrCreate(
      this.tx,
      this.tally,
      'columns',
      { name: { equals: name } },
      { name },
    )
    this.columnIds.set(name, column.id)
    return column.id
  }

  /** Stores photo `number` of the page with its credit: one photographer, or a shared credit line. */
  private async photo(
    story: ParsedStory,
    photo: ParsedStory['photos'][number],
    number: number,
    region: Region | null,
  ): Promise<Media> {
    const names = creditNames(photo.credit ?? '')
    if (names.length === 0) {
      this.warn(story.title, photo.line, '图片没有摄影署名，发布前需补充 (the photo has no credit)')
    }
    const file = this.images?.byNumber.get(number) ?? null
    if (this.images && !file) {
      this.warn(
        story.title,
        photo.line,
        `没有图片文件 p${number}，已用待补图占位 (no file p${number})`,
      )
    }
    if (!file) this.pending++
    const image = file ?? (this.placeholder ??= await placeholderJpeg())
    const label = file ? `图片 p${number} (photo p${number})` : `图片 ${number} (photo ${number})`
    return within(label, async () =>
      createPhoto(this.tx, this.tally, {
        photo,
        baseName: `${this.input.date}-p${this.input.page}-${String(number).padStart(2, '0')}`,
        image,
        storyTitle: story.title,
        photographer: names.length === 1 ? await this.contributors.idOf(names[0]) : null,
        creditText: names.length > 1 ? names.join('、') : null,
        region: region?.id ?? null,
      }),
    )
  }
}
