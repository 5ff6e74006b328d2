/**
 * The benchmark archive: a county paper's years of stories, written through the CMS's own write
 * path (Payload's Local API, every hook and validation running) and never as raw SQL, so that what
 * the benchmark reads is what the newsroom would have stored.
 *
 * Everything is derived from a seed and the story's index, so story 4,711 is the same story whether
 * the archive is generated to 5,000 or to 10,000 stories, and growing an archive adds exactly the
 * stories a larger one has. Stories run newest first: story 0 is in the latest edition, and a larger
 * archive reaches further into the past.
 */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { paragraphsToLexical, type RichText } from '@/lib/lexical'
import type { Article, Contributor, Edition, Region } from '@/payload-types'

import { editionDate, findEdition } from '../seeds/importer/edition'
import { COVERAGE_AREA } from '../seeds/data/regions'
import { allOrNothing, type Transaction } from '../seeds/lib/allOrNothing'
import { type Signers, signOffAll } from '../seeds/lib/signOffAll'
import { articleText, personName, profileText, type StoryPlace } from './lib/chineseText'
import { cameraPhoto } from './lib/photos'
import { Random, seedFor } from './lib/random'
import { ensureSigners } from './lib/signers'

export const ARCHIVE_SEED = 20_261_129

/** The newest edition's day; the archive runs back from it, one edition a day. */
const NEWEST_DAY = Date.UTC(2026, 5, 30)
const DAY_MS = 24 * 60 * 60 * 1000

/** A county paper prints 20–60 stories a day across its editions; one edition here carries 20–40. */
const STORIES_PER_DAY = { min: 20, max: 40 }

/** The photos stories draw on: uploaded once, each with its nine sizes, shared by many stories. */
export const ARCHIVE_PHOTOS = 24
const ARCHIVE_PHOTO_SIZE = { width: 2400, height: 1600 }

export const BENCH_EDITOR = { email: 'bench-editor@county-news.local', name: '基准测试编辑' }
const BENCH_ADMIN = { email: 'bench-admin@county-news.local', name: '基准测试管理员' }

/**
 * Towns and streets of each county-level unit (real names), beyond the few the sample page names, so
 * stories spread over county and town pages as an archive's would.
 */
const TOWNS: Record<string, string[]> = {
  昌吉市: [
    '宁边路街道',
    '延安北路街道',
    '北京南路街道',
    '三工镇',
    '榆树沟镇',
    '二六工镇',
    '佃坝镇',
  ],
  阜康市: ['博峰街道', '阜新街道', '城关镇', '九运街镇', '滋泥泉子镇', '上户沟乡'],
  呼图壁县: ['呼图壁镇', '大丰镇', '雀尔沟镇', '二十里店镇', '五工台镇', '石梯子乡'],
  玛纳斯县: ['玛纳斯镇', '乐土驿镇', '包家店镇', '凉州户镇', '北五岔镇', '六户地镇', '塔西河乡'],
  奇台县: ['奇台镇', '老奇台镇', '半截沟镇', '吉布库镇', '东湾镇', '西北湾镇', '碧流河镇'],
  吉木萨尔县: ['吉木萨尔镇', '三台镇', '泉子街镇', '北庭镇', '二工镇', '大有镇', '新地乡'],
  木垒哈萨克自治县: ['木垒镇', '西吉尔镇', '东城镇', '新户镇', '照壁山乡', '英格堡乡', '大石头乡'],
}
const COMMUNITY_SUFFIXES = ['社区', '村'] as const
const COMMUNITY_NAMES = ['幸福', '团结', '和谐', '光明', '新华', '振兴'] as const

const COLUMNS = [
  { name: '社区直通车', description: '社区里的新鲜事和为民服务。' },
  { name: '基层风采', description: '一线干部群众的故事。' },
  { name: '民生关注', description: '百姓身边的大事小情。' },
  { name: '乡村振兴', description: '产业、人才、文化、生态和组织振兴。' },
  { name: '法治在线', description: '以案说法，普法宣传。' },
  { name: '文化旅游', description: '文化活动与旅游资讯。' },
  { name: '经济观察', description: '县域经济与企业动态。' },
  { name: '身边榜样', description: '平凡人的不平凡事。' },
]

/** How many contributors of each kind the paper credits: a few hundred in all. */
const CONTRIBUTORS = { staff: 40, correspondent: 200, photographer: 24, guest: 60 } as const
type ContributorRole = keyof typeof CONTRIBUTORS

const PAGE_NAMES = [
  '要闻',
  '综合新闻',
  '县市新闻',
  '县市新闻',
  '社区直通车',
  '文化',
  '专题',
  '口述实录',
]

type Id = number
type Named = { id: Id; name: string }
type County = Named & { towns: (Named & { communities: Named[] })[] }

/** What stories point at, read back from the database so a grown archive reuses it. */
export type Foundation = {
  prefecture: Named
  counties: County[]
  columns: Id[]
  contributors: Record<ContributorRole, Named[]>
  photos: Id[]
  editor: Id
  /** Who signs 初审, 复审 and 终审 before a story can go live. */
  signers: Signers
}

/** One edition day: which story indexes it carries. */
type Day = { day: number; date: string; start: number; size: number }

/** The days whose stories make up indexes [0, to), newest first. */
function daysUpTo(to: number): Day[] {
  const days: Day[] = []
  for (let day = 0, start = 0; start < to; day++) {
    const size = new Random(seedFor(ARCHIVE_SEED, 'day', day)).int(
      STORIES_PER_DAY.min,
      STORIES_PER_DAY.max,
    )
    const date = new Date(NEWEST_DAY - day * DAY_MS).toISOString().slice(0, 10)
    days.push({ day, date, start, size })
    start += size
  }
  return days
}

const pickRegion = (rng: Random, f: Foundation): { regions: Id[]; place: StoryPlace } => {
  // One story in twelve is prefecture-wide (全州); the larger cities carry more of the rest.
  if (rng.chance(1 / 12)) {
    return { regions: [f.prefecture.id], place: { name: f.prefecture.name, county: null } }
  }
  const county = rng.weighted(f.counties.map((c, i) => [c, i < 2 ? 2 : 1] as const))
  if (county.towns.length === 0 || rng.chance(0.35)) {
    return { regions: [county.id], place: { name: county.name, county: county.name } }
  }
  const town = rng.pick(county.towns)
  if (town.communities.length > 0 && rng.chance(0.25)) {
    const community = rng.pick(town.communities)
    return {
      regions: [community.id],
      place: { name: `${county.name}${community.name}`, county: county.name },
    }
  }
  const regions = [town.id]
  // Now and then a story covers two towns of its county.
  if (county.towns.length > 1 && rng.chance(0.1)) {
    regions.push(rng.pick(county.towns.filter((t) => t.id !== town.id)).id)
  }
  return { regions, place: { name: town.name, county: county.name } }
}

/** Lexical block ids are 24 hex digits; drawn from the story's generator to stay deterministic. */
const blockId = (rng: Random) =>
  Array.from({ length: 24 }, () => rng.int(0, 15).toString(16)).join('')

/** Story text with photo blocks after some paragraphs, as the desk places photos in the text. */
function bodyWith(rng: Random, paragraphs: string[], photos: Id[]): RichText {
  const body = paragraphsToLexical(paragraphs)
  const children = [...body.root.children]
  for (const media of photos) {
    const at = rng.int(1, Math.max(1, children.length - 1))
    // The generated rich-text type knows paragraphs, not the blocks feature's nodes: this is the
    // shape the importer writes (seeds/importer/storyData.ts, photoBlockNode).
    children.splice(at, 0, {
      type: 'block',
      version: 2,
      format: '',
      fields: { id: blockId(rng), blockName: '', blockType: 'photo', media },
    } as unknown as (typeof children)[number])
  }
  body.root.children = children
  return body
}

/** Stories with one photo are the most common; a tenth have three. */
const photoCount = (rng: Random) =>
  rng.weighted([
    [1, 6],
    [2, 3],
    [3, 1],
  ] as const)

/** When a story went live: its day, between 08:00 and 22:00 in the paper's time zone (UTC+8). */
const publishedAt = (date: string, position: number, size: number) => {
  const minutes = Math.round((14 * 60 * position) / size)
  // 08:00 in UTC+8 is 00:00 UTC.
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + minutes * 60_000).toISOString()
}

export type StorySpec =
  | { collection: 'articles'; data: RequiredDataFromCollectionSlug<'articles'> }
  | { collection: 'profiles'; data: RequiredDataFromCollectionSlug<'profiles'> }

/** Story `index` of the archive, as a draft or published; every tenth story is a profile. */
export function storySpec(
  index: number,
  f: Foundation,
  { status, publishedAt: at }: { status: 'draft' | 'published'; publishedAt?: string },
): StorySpec {
  const rng = new Random(seedFor(ARCHIVE_SEED, 'story', index))
  const { regions, place } = pickRegion(rng, f)
  const photos = rng.sample(f.photos, photoCount(rng))
  const column = rng.chance(0.35) ? rng.pick(f.columns) : null
  const common = {
    regions,
    column,
    workflow: 'approved' as const,
    _status: status,
    ...(at ? { publishedAt: at } : {}),
  }
  const date = at ? new Date(at) : new Date(NEWEST_DAY)
  if (index % 10 === 9) {
    const narrator = rng.pick(f.contributors.guest)
    const text = profileText(rng, place, narrator.name)
    return {
      collection: 'profiles',
      data: {
        kicker: text.kicker,
        title: text.title,
        subtitle: text.subtitle,
        narrator: {
          contributor: narrator.id,
          age: text.age,
          occupation: text.occupation,
          region: regions[0],
        },
        compiler: rng.pick(f.contributors.staff).id,
        chapters: text.chapters.map((chapter) => ({
          subheading: chapter.subheading,
          body: paragraphsToLexical(chapter.paragraphs),
        })),
        photos,
        ...common,
      },
    }
  }
  const text = articleText(rng, place, date)
  const bylines: NonNullable<Article['bylines']> = []
  if (rng.chance(0.6)) {
    for (const c of rng.sample(f.contributors.staff, rng.int(1, 2)))
      bylines.push({ contributor: c.id, role: 'reporter' })
  }
  if (bylines.length === 0 || rng.chance(0.4)) {
    for (const c of rng.sample(f.contributors.correspondent, rng.int(1, 3)))
      bylines.push({ contributor: c.id, role: 'correspondent' })
  }
  if (rng.chance(0.5)) {
    bylines.push({ contributor: rng.pick(f.contributors.photographer).id, role: 'photographer' })
  }
  const [lead, ...inText] = photos
  return {
    collection: 'articles',
    data: {
      kicker: text.kicker,
      title: text.title,
      subtitle: text.subtitle,
      dateline: rng.weighted([
        ['本报讯', 17],
        ['新华社讯', 1],
        ['昌吉日报讯', 2],
      ] as const),
      bylines,
      leadPhoto: lead,
      body: bodyWith(rng, text.paragraphs, inText),
      ...common,
    },
  }
}

type StoryRef = NonNullable<NonNullable<Edition['pages']>[number]['stories']>[number]

/** An edition's pages: four to six stories a page, named as a county paper names them. */
function pagesOf(rng: Random, refs: StoryRef[]): NonNullable<Edition['pages']> {
  const pages: NonNullable<Edition['pages']> = []
  for (let i = 0; i < refs.length;) {
    const count = rng.int(4, 6)
    const number = pages.length + 1
    pages.push({
      number,
      name: PAGE_NAMES[(number - 1) % PAGE_NAMES.length],
      stories: refs.slice(i, i + count),
    })
    i += count
  }
  return pages
}

/**
 * Writes the stories with indexes [from, to) and their editions. Each day is one transaction: its
 * stories are created as drafts and signed off (初审, 复审, 终审), and its edition is then
 * published, which publishes them through the CMS's own hook, as an editor publishing an issue would. A day an earlier, smaller run
 * left half-filled gets its remaining stories published directly and added to its edition.
 */
export async function generateStories(
  payload: Payload,
  f: Foundation,
  { from, to, onDay }: { from: number; to: number; onDay?: (done: number) => void },
): Promise<{ stories: number; editions: number }> {
  let stories = 0
  let editions = 0
  for (const day of daysUpTo(to)) {
    const first = Math.max(from, day.start)
    const last = Math.min(to, day.start + day.size)
    if (first >= last) continue
    await allOrNothing(payload, async (tx) => {
      const existing = first > day.start ? await findEdition(tx, day.date) : null
      const refs: StoryRef[] = (existing?.pages ?? []).flatMap((p) => p.stories ?? [])
      for (let index = first; index < last; index++) {
        const spec = storySpec(index, f, {
          status: 'draft',
          publishedAt: publishedAt(day.date, index - day.start, day.size),
        })
        const doc = await create(tx, spec)
        // Nothing goes live without 三审三校: each story is signed off as a newsroom would.
        await signOffAll(tx.req, f.signers, { collection: spec.collection, id: doc.id })
        if (existing) {
          await tx.payload.update({
            collection: spec.collection as 'articles',
            id: doc.id,
            data: { _status: 'published' },
            ...tx.local,
          })
        }
        refs.push({ relationTo: spec.collection, value: doc.id })
        stories += 1
      }
      const pages = pagesOf(new Random(seedFor(ARCHIVE_SEED, 'pages', day.day)), refs)
      if (existing) {
        await tx.payload.update({
          collection: 'editions',
          id: existing.id,
          data: { pages },
          ...tx.local,
        })
      } else {
        await tx.payload.create({
          collection: 'editions',
          data: {
            date: editionDate(day.date),
            number: 9000 - day.day,
            pages,
            _status: 'published',
          },
          ...tx.local,
        })
        editions += 1
      }
    })
    onDay?.(stories)
  }
  return { stories, editions }
}

function create(tx: Transaction, spec: StorySpec): Promise<{ id: Id }> {
  return spec.collection === 'articles'
    ? tx.payload.create({ collection: 'articles', data: spec.data, ...tx.local })
    : tx.payload.create({ collection: 'profiles', data: spec.data, ...tx.local })
}

/** Creates the coverage area, columns, contributors, logins and photos once; reads them after. */
export async function ensureFoundation(payload: Payload): Promise<Foundation> {
  const { totalDocs } = await payload.count({ collection: 'regions', overrideAccess: true })
  if (totalDocs === 0) await allOrNothing(payload, createFoundation)
  return readFoundation(payload)
}

async function createFoundation(tx: Transaction): Promise<void> {
  const rng = new Random(seedFor(ARCHIVE_SEED, 'foundation'))
  const byName = new Map<string, Region>()
  const region = async (
    name: string,
    level: Region['level'],
    parent: string | null,
    order?: number,
  ) => {
    if (byName.has(name)) return
    const parentId = parent ? byName.get(parent)?.id : undefined
    const doc = await tx.payload.create({
      collection: 'regions',
      data: { name, level, parent: parentId, order },
      ...tx.local,
    })
    byName.set(name, doc)
  }
  for (const r of COVERAGE_AREA) await region(r.name, r.level, r.parent, r.order)
  for (const [county, towns] of Object.entries(TOWNS)) {
    for (const town of towns) {
      await region(town, 'town', county)
      // Two communities or villages in every other town.
      if (rng.chance(0.5)) {
        for (const name of rng.sample(COMMUNITY_NAMES, 2)) {
          await region(
            `${town.replace(/(镇|乡|街道)$/, '')}${name}${rng.pick(COMMUNITY_SUFFIXES)}`,
            'community',
            town,
          )
        }
      }
    }
  }
  for (const column of COLUMNS) {
    await tx.payload.create({ collection: 'columns', data: column, ...tx.local })
  }
  const photographers: Contributor[] = []
  for (const [role, count] of Object.entries(CONTRIBUTORS) as [ContributorRole, number][]) {
    for (let i = 0; i < count; i++) {
      const doc = await tx.payload.create({
        collection: 'contributors',
        data: {
          name: personName(rng),
          defaultRole: role,
          affiliation: role === 'staff' ? '昌吉日报社' : role === 'guest' ? null : '县融媒体中心',
        },
        ...tx.local,
      })
      if (role === 'photographer') photographers.push(doc)
    }
  }
  // The first account becomes the admin (makeFirstUserAdmin); the editor publishes in the benchmark.
  for (const [user, role] of [
    [BENCH_ADMIN, 'admin'],
    [BENCH_EDITOR, 'editor'],
  ] as const) {
    await tx.payload.create({
      collection: 'users',
      data: { ...user, role, password: `bench-${rng.int(1e8, 9e8)}-${rng.int(1e8, 9e8)}` },
      ...tx.local,
    })
  }
  for (let k = 1; k <= ARCHIVE_PHOTOS; k++) {
    const name = `bench-archive-${k}`
    const data = await cameraPhoto(
      seedFor(ARCHIVE_SEED, 'photo', k),
      ARCHIVE_PHOTO_SIZE.width,
      ARCHIVE_PHOTO_SIZE.height,
    )
    tx.willUpload(name)
    const agency = k % 6 === 0
    await tx.payload.create({
      collection: 'media',
      data: {
        alt: `${rng.pick(Object.keys(TOWNS))}的${rng.pick(['田野', '街道', '社区', '厂房', '广场'])}`,
        caption: `图为工作人员在现场忙碌。`,
        ...(agency
          ? { creditText: '新华社' }
          : { photographer: photographers[k % photographers.length].id }),
      },
      file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
      ...tx.local,
    })
  }
}

async function readFoundation(payload: Payload): Promise<Foundation> {
  const all = async <T>(collection: 'regions' | 'contributors' | 'columns', where = {}) =>
    (
      await payload.find({
        collection,
        where,
        sort: 'id',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs as T[]
  const regions = await all<Region>('regions')
  const parentOf = (r: Region) => (typeof r.parent === 'object' ? r.parent?.id : r.parent)
  const prefecture = regions.find((r) => r.level === 'prefecture')
  if (!prefecture) throw new Error('the benchmark database has no prefecture')
  const named = (r: Region): Named => ({ id: r.id, name: r.name })
  const counties = regions
    .filter((r) => r.level === 'county')
    .map((c) => ({
      ...named(c),
      towns: regions
        .filter((t) => t.level === 'town' && parentOf(t) === c.id)
        .map((t) => ({
          ...named(t),
          communities: regions
            .filter((m) => m.level === 'community' && parentOf(m) === t.id)
            .map(named),
        })),
    }))
  const contributors = await all<Contributor>('contributors')
  const byRole = (role: ContributorRole) =>
    contributors.filter((c) => c.defaultRole === role).map((c) => ({ id: c.id, name: c.name }))
  const columns = await all<{ id: Id }>('columns')
  const { docs: photos } = await payload.find({
    collection: 'media',
    where: { filename: { like: 'bench-archive-' } },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const { docs: editors } = await payload.find({
    collection: 'users',
    where: { email: { equals: BENCH_EDITOR.email } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  if (!editors[0]) throw new Error('the benchmark database has no editor account')
  return {
    prefecture: named(prefecture),
    counties,
    columns: columns.map((c) => c.id),
    contributors: {
      staff: byRole('staff'),
      correspondent: byRole('correspondent'),
      photographer: byRole('photographer'),
      guest: byRole('guest'),
    },
    photos: photos.map((p) => p.id),
    editor: editors[0].id,
    signers: await ensureSigners(payload),
  }
}
