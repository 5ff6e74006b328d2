/**
 * The build's own check fires: templates broken on purpose (in a copy of the site, never the repo's)
 * make the builder refuse the build with the live site left as it was, and the built output itself
 * — every page, feed, sitemap and search-index file — is scanned for text that only drafts,
 * scheduled and trashed stories hold.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'
import type { Region, User } from '@/payload-types'
import { schedulePublishIfPermitted } from '@/serverFunctions/schedulePublishIfPermitted'
import type { SitePaths } from '@/siteBuild/paths'
import { getSiteBuildStatus } from '@/siteBuild/status'
import { buildIdOf } from '@/siteBuild/swapLive'

import { storyData } from '../helpers/fixtures'
import type { TestCMS } from '../helpers/payload'
import { copySiteSource, folderDigest, storyPage, startPipeline } from '../helpers/pipeline'
import { createPublished, type Reviewers, signOffAll } from '../helpers/review'

let cms: TestCMS
let payload: Payload
let editor: User
let reviewers: Reviewers
let county: Region
let siteSource: ReturnType<typeof copySiteSource>
let paths: SitePaths

/** Words that exist only in stories readers must not see; each names where it hides. */
const HIDDEN = {
  draft: '只在草稿里的词甲',
  newerDraft: '只在未发布修改里的词乙',
  scheduled: '只在定时稿里的词丙',
  trashed: '只在回收站稿件里的词丁',
}
/** A word only a published story's body holds: the scan must find it, or it proves nothing. */
const PUBLIC_WORD = '公开正文里的词戊'

const runBuilds = () => payload.jobs.run({ queue: 'site', limit: 10 })
const publish = (title: string, paragraph = `${title}的正文。`) =>
  createPublished(
    payload,
    reviewers,
    storyData(title, { regions: [county.id], body: paragraphsToLexical([paragraph]) }),
    { user: editor },
  )

/**
 * Every file of a built site as text, search-index files (gzip-compressed by Pagefind) unpacked,
 * so words in the index are found as well as words on pages.
 */
function builtText(dir: string): Map<string, string> {
  const texts = new Map<string, string>()
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    let bytes = fs.readFileSync(file)
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes)
    // Pagefind stores Chinese text cut into words with zero-width spaces between them.
    texts.set(path.relative(dir, file), bytes.toString('utf8').replaceAll('\u200b', ''))
  }
  return texts
}

const filesWith = (texts: Map<string, string>, word: string) =>
  [...texts].filter(([, text]) => text.includes(word)).map(([file]) => file)

const template = (relative: string) => path.join(siteSource.dir, 'src', relative)

/** Rewrites a template of the copied site for one build, then puts it back. */
async function withTemplate<T>(
  relative: string,
  change: (source: string) => string,
  work: () => Promise<T>,
) {
  const file = template(relative)
  const original = fs.readFileSync(file, 'utf8')
  const changed = change(original)
  expect(changed, `the change to ${relative} applied`).not.toBe(original)
  fs.writeFileSync(file, changed)
  try {
    return await work()
  } finally {
    fs.writeFileSync(file, original)
  }
}

/** Publishes a story with the template broken, runs the build, and says how it ended. */
async function buildRefused(title: string) {
  const liveBefore = buildIdOf(paths.live)
  const digestBefore = folderDigest(paths.live)
  const story = await publish(title)
  await runBuilds()
  const status = await getSiteBuildStatus(payload)
  expect(buildIdOf(paths.live)).toBe(liveBefore)
  expect(folderDigest(paths.live)).toEqual(digestBefore)
  expect(status.lastFinished?.ok).toBe(false)
  expect(status.lastSuccess?.result?.buildId).toBe(liveBefore)
  expect(fs.readdirSync(paths.builds).filter((n) => n.endsWith('.partial'))).toEqual([])
  return { story, error: status.lastFinished?.error ?? '' }
}

// A CMS boot and seven accounts take minutes, not seconds, on a loaded two-core machine.
beforeAll(async () => {
  siteSource = copySiteSource()
  ;({ cms, paths, county, editor, reviewers } = await startPipeline({
    SITE_SOURCE_DIR: siteSource.dir,
  }))
  payload = cms.payload
}, 300_000)

afterAll(async () => {
  await cms?.cleanup()
  siteSource?.remove()
})

describe('the site build with drafts, scheduled and trashed stories present', () => {
  it('puts none of their words anywhere in the built site, search index included', async () => {
    await publish('公开的稿件', `公开的稿件写道：${PUBLIC_WORD}。`)

    await payload.create({
      collection: 'articles',
      data: storyData(`草稿：${HIDDEN.draft}`, { regions: [county.id] }),
      draft: true,
      user: editor,
    })

    const edited = await publish('有未发布修改的稿件')
    await payload.update({
      collection: 'articles',
      id: edited.id,
      data: { subtitle: HIDDEN.newerDraft },
      draft: true,
      user: editor,
    })

    const scheduled = await payload.create({
      collection: 'articles',
      data: storyData(`定时稿：${HIDDEN.scheduled}`, { regions: [county.id] }),
      draft: true,
      user: editor,
    })
    await signOffAll(payload, reviewers, 'articles', scheduled.id)
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    expect(
      await schedulePublishIfPermitted({
        type: 'publish',
        date: new Date(Date.now() + 3600_000),
        doc: { relationTo: 'articles', value: String(scheduled.id) },
        req,
      }),
    ).not.toHaveProperty('error')

    const trashed = await publish(`将进回收站：${HIDDEN.trashed}`)
    await runBuilds()
    expect(storyPage(paths, 'article', trashed.id)).toContain(HIDDEN.trashed)
    await payload.update({
      collection: 'articles',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
      user: editor,
    })
    await runBuilds()
    expect((await getSiteBuildStatus(payload)).lastFinished?.ok).toBe(true)

    const texts = builtText(fs.realpathSync(paths.live))
    // The scan reads pages and the unpacked search index: the public word is in both.
    const found = filesWith(texts, PUBLIC_WORD)
    expect(found.some((f) => f.endsWith('.html'))).toBe(true)
    expect(found.some((f) => f.startsWith('pagefind/'))).toBe(true)
    expect(filesWith(texts, '有未发布修改的稿件').length).toBeGreaterThan(0)
    for (const [where, word] of Object.entries(HIDDEN)) {
      expect(filesWith(texts, word), `${where}: ${word}`).toEqual([])
    }
  })
})

describe("the build's own check", () => {
  it('refuses a build whose list template silently drops a story, leaving the live site as it was', async () => {
    const { story, error } = await withTemplate(
      'components/StoryList.astro',
      (source) => source.replace('{cards.map((card) => (', '{cards.slice(1).map((card) => ('),
      () => buildRefused('列表模板漏掉的稿件'),
    )
    // The first page that lists it refuses: the front page, whose latest list it leads.
    expect(error).toMatch(/页面 \/\S* 漏掉了 1 篇稿件，如 \/\S+\//)
    expect(error).toContain(`does not link article:${story.id})`)
  })

  it('refuses a build in which a page renders empty, leaving the live site as it was', async () => {
    const { error } = await withTemplate(
      'pages/[...region].astro',
      (source) =>
        source.replace(
          /(<BaseLayout[\s\S]*?\n>\n)([\s\S]*)(<\/BaseLayout>)/,
          '$1{false && (<>$2</>)}$3',
        ),
      () => buildRefused('地区页为空时发布'),
    )
    expect(error).toMatch(/页面 \/\S+\/ 正文为空 \(region:\S+ rendered an empty <main>\)/)
  })

  it('builds again once the templates are whole', async () => {
    const story = await publish('模板修好后发布')
    await runBuilds()
    expect((await getSiteBuildStatus(payload)).lastFinished?.ok).toBe(true)
    expect(storyPage(paths, 'article', story.id)).toContain('模板修好后发布')
  })
})
