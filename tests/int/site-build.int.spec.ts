/**
 * The public site built by Astro from the fixture snapshot, checked from the outside: pages where
 * readers expect them, bylines and credits as the paper prints them, structured data, feeds,
 * search, and no way for a headline to inject markup.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PublicSnapshot, PublicStory } from '../../cms/src/publicContent/types'
import { folderDigest } from '../helpers/pipeline'
import { buildSiteFromSnapshot, builtFile, builtFiles, internalLinks, readBuilt } from '../helpers/site'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/snapshot')
const snapshot = JSON.parse(
  fs.readFileSync(path.join(FIXTURE, 'public.json'), 'utf8'),
) as PublicSnapshot
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-site-'))
const outDir = path.join(work, 'dist')

const regionById = new Map(snapshot.regions.map((r) => [r.id, r]))
const prefecture = snapshot.regions.find((r) => r.level === 'prefecture')!
const stories: PublicStory[] = [...snapshot.articles, ...snapshot.profiles]
const article = (title: string) => snapshot.articles.find((a) => a.title === title)!

/** Worked out here independently of the site's code: group slug, then year and month in UTC+8. */
function expectedUrl(story: PublicStory): string {
  if (story.type === 'profile') return `/profiles/${story.slug}/`
  const group = story.countyId ? regionById.get(story.countyId)! : prefecture
  const [year, month] = new Date(Date.parse(story.publishedAt) + 8 * 3600_000)
    .toISOString()
    .split('-')
  return `/${group.slug}/${year}/${month}/${story.slug}/`
}

const page = (urlPath: string) => parse(readBuilt(outDir, urlPath))
/** A story page's NewsArticle JSON-LD, the parts these tests read. */
const jsonLdOf = (script: { textContent: string }) =>
  JSON.parse(script.textContent) as {
    '@type': string
    headline: string
    alternativeHeadline?: string
    image: { creditText: string }[]
  }
const text = (urlPath: string, selector: string) =>
  page(urlPath)
    .querySelectorAll(selector)
    .map((e) => e.textContent.replace(/\s+/g, ' ').trim())

let htmlFiles: string[] = []

beforeAll(async () => {
  const { seconds } = await buildSiteFromSnapshot({
    snapshot: path.join(FIXTURE, 'public.json'),
    mediaDir: path.join(FIXTURE, 'media'),
    outDir,
  })
  console.info(`fixture site built in ${seconds.toFixed(1)} s`)
  htmlFiles = builtFiles(outDir, ['.html'])
})

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('the site built from the fixture snapshot', () => {
  it('gives every story a page under its county, prefecture-wide news under the prefecture', () => {
    for (const story of stories) {
      const url = expectedUrl(story)
      const h1 = text(url, 'h1')
      expect(h1, url).toEqual([story.title])
    }
    expect(expectedUrl(article('昌吉州243件政务事项实现“周末预约即办”'))).toMatch(
      /^\/changji-zhou\/2025\/12\//,
    )
    expect(expectedUrl(article('筑牢冬季供水“安全网”'))).toBe(
      '/changji-shi/2025/12/zhu-lao-dong-ji-gong-shui-an-quan-wang/',
    )
  })

  it('lists the latest 20 stories of a county on its page, and every one on its month pages', () => {
    const monthOf = (story: PublicStory) =>
      new Date(Date.parse(story.publishedAt) + 8 * 3600_000).toISOString().slice(0, 7)
    for (const county of snapshot.regions.filter((r) => r.level === 'county')) {
      const own = stories.filter((s) => s.countyId === county.id)
      const front = page(`/${county.slug}/`).querySelectorAll('.story-list h2 a')
      expect(front.length, county.name).toBe(Math.min(20, own.length))
      const listed = new Set<string>()
      for (const month of new Set(own.map(monthOf))) {
        const url = `/${county.slug}/${month.replace('-', '/')}/`
        for (const a of page(url).querySelectorAll('.story-list h2 a')) listed.add(a.getAttribute('href')!)
        expect(text(`/${county.slug}/`, '.month-archive a')).toContain(`${Number(month.slice(5))}月`)
      }
      expect([...listed].sort(), county.name).toEqual(own.map(expectedUrl).sort())
    }
  })

  it('keeps the numbered pages of the old layout answering with a redirect to the list', () => {
    const old = readBuilt(outDir, '/changji-shi/page/2/')
    expect(old).toContain('<link rel="canonical" href="http://127.0.0.1:4321/changji-shi/">')
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=http://127.0.0.1:4321/changji-shi/">')
    expect(old).not.toMatch(/<script/i)
  })

  it('links a county page to its towns and communities, and a town to its communities', () => {
    expect(text('/changji-shi/', '.subregions > ul > li > a')).toEqual(['绿洲路街道', '宁边路街道'])
    expect(text('/changji-shi/', '.subregions li li a')).toEqual(['美院社区', '延安北路社区'])
    expect(text('/changji-shi/lvzhoulu-jiedao/', '.subregions a')).toEqual(['美院社区'])
    expect(text('/changji-shi/lvzhoulu-jiedao/meiyuan-shequ/', '.story-list h2')).toContain(
      '“微心愿”架起党群“连心桥”',
    )
  })

  it('prints bylines, datelines and credits the way the paper does', () => {
    const sweets = expectedUrl(article('“冬日暖甜三件套”的正确打开方式'))
    expect(text(sweets, '.byline')).toEqual(['本报讯 通讯员 王正佳、阿依曼、留莉莉'])
    expect(text(sweets, 'figure .credit')).toEqual(['王正佳 摄', '阿依曼 摄', '王正佳 摄'])
    expect(text(sweets, 'figure .caption')[0]).toBe('图为制作中的糖炒栗子。')

    const wide = expectedUrl(article('昌吉州冬季文旅活动季启幕'))
    expect(text(wide, '.byline')).toEqual(['本报讯 记者 陈晓东、杨鹤'])
    expect(text(wide, 'figure .credit')).toEqual(['新华社'])

    const profile = expectedUrl(snapshot.profiles.find((p) => p.id === '201')!)
    expect(text(profile, '.byline')).toEqual(['□阿里木·司马义 口述 · 本报记者 付小芳 整理'])
    expect(text(profile, '.story-body h2')).toEqual([
      '起点：在车轮上成长',
      '收获：在努力中获得认可',
      '转型：从方向盘到“指挥棒”',
    ])
    expect(text(profile, '.narrator-facts')[0]).toContain('44岁')
  })

  it('shows headline lines, breadcrumb, column and print placement on a story', () => {
    const url = expectedUrl(article('“微心愿”架起党群“连心桥”'))
    expect(text(url, '.breadcrumb li')).toEqual(['昌吉州', '昌吉市', '绿洲路街道', '美院社区'])
    const meta = page(url).querySelector('.story-meta')!
    expect(meta.textContent).toContain('刊于 2025年12月10日 第3版')
    expect(meta.querySelector('a[href="/editions/2025-12-10/#page-3"]')).not.toBeNull()
    expect(meta.querySelector('a[href="/columns/she-qu-zhi-tong-che/"]')?.textContent).toBe(
      '社区直通车',
    )
    expect(text(url, '.related h3').length).toBeGreaterThan(0)

    const lead = expectedUrl(article('昌吉州243件政务事项实现“周末预约即办”'))
    expect(text(lead, '.story-header hgroup > *')).toEqual([
      '破解群众上班没空办、下班没处办难题',
      '昌吉州243件政务事项实现“周末预约即办”',
      '聚力建设“典范营商环境”',
    ])
  })

  it('lays out the edition page by page, stories in page order', () => {
    const edition = page('/editions/2025-12-10/')
    expect(edition.querySelectorAll('.edition-page h2').map((h) => h.textContent)).toEqual([
      '第1版 要闻',
      '第3版 县市新闻',
    ])
    const page3 = edition
      .querySelectorAll('#page-3 .edition-stories h3 a')
      .map((a) => a.getAttribute('href'))
    const expected = snapshot.editions[0].pages[1].stories.map((ref) =>
      expectedUrl(stories.find((s) => s.type === ref.type && s.id === ref.id)!),
    )
    expect(page3).toEqual(expected)
  })

  it('serves pictures in AVIF, WebP and JPEG, the lead photo first and the rest lazily', () => {
    const url = expectedUrl(article('“冬日暖甜三件套”的正确打开方式'))
    const pictures = page(url).querySelectorAll('article picture')
    expect(pictures).toHaveLength(3)
    const [lead, ...rest] = pictures
    expect(lead.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual([
      'image/avif',
      'image/webp',
    ])
    expect(lead.querySelector('img')?.attributes).toMatchObject({
      loading: 'eager',
      fetchpriority: 'high',
      width: '800',
      height: '600',
      alt: '铁锅里翻炒的糖炒栗子',
    })
    for (const p of rest) expect(p.querySelector('img')?.getAttribute('loading')).toBe('lazy')
    expect(fs.statSync(path.join(outDir, 'media/tangchao-lizi-800x600.avif')).size).toBe(
      fs.statSync(path.join(FIXTURE, 'media/tangchao-lizi-800x600.avif')).size,
    )
  })

  it('describes every story in NewsArticle JSON-LD that names its photographers', () => {
    for (const story of stories) {
      const scripts = page(expectedUrl(story)).querySelectorAll(
        'script[type="application/ld+json"]',
      )
      expect(scripts).toHaveLength(1)
      const ld = jsonLdOf(scripts[0])
      expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: story.title })
      expect(ld.image).toHaveLength(story.photoIds.length)
    }
    const sweets = jsonLdOf(
      page(expectedUrl(article('“冬日暖甜三件套”的正确打开方式'))).querySelector(
        'script[type="application/ld+json"]',
      )!,
    )
    expect(sweets.image.map((i) => i.creditText)).toEqual([
      '王正佳 摄',
      '阿依曼 摄',
      '王正佳 摄',
    ])
    expect(sweets).toMatchObject({ printPage: '3', printSection: '县市新闻', dateline: '本报讯' })
  })

  it('breaks no internal link', () => {
    const broken: string[] = []
    for (const file of htmlFiles) {
      for (const url of internalLinks(readBuilt(outDir, file))) {
        const target = builtFile(outDir, url)
        if (!target || !fs.existsSync(target)) broken.push(`${file} → ${url}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('shows hostile titles, captions and credits only as text', () => {
    for (const file of builtFiles(outDir, ['.html', '.xml'])) {
      const content = readBuilt(outDir, file)
      expect(content, file).not.toContain('<img src=x onerror')
      expect(content, file).not.toMatch(/<script>alert/i)
      if (file.endsWith('.html')) {
        expect(parse(content).querySelectorAll('[onerror]'), file).toHaveLength(0)
      }
    }
    const xss = expectedUrl(article('呼图壁县冰雪节开幕<img src=x onerror=alert(1)>'))
    expect(text(xss, 'h1')).toEqual(['呼图壁县冰雪节开幕<img src=x onerror=alert(1)>'])
    expect(text(xss, 'figure .credit')).toEqual(['</script><script>alert(1)</script>'])
    const ld = jsonLdOf(page(xss).querySelector('script[type="application/ld+json"]')!)
    expect(ld.alternativeHeadline).toBe('"><script>alert(1)</script>')
  })

  it('ships no script outside /search/ but structured data and two small inline ones', () => {
    // The 长辈版 switch's memory on every page, the 朗读 button on story pages: the same bytes
    // wherever they appear, inline, none over 1 KB.
    const inline = new Map<string, string[]>()
    for (const file of htmlFiles.filter((f) => f !== '/search/index.html')) {
      const scripts = parse(readBuilt(outDir, file)).querySelectorAll(
        'script:not([type="application/ld+json"])',
      )
      for (const script of scripts) {
        expect(script.getAttribute('src'), file).toBeUndefined()
        inline.set(script.innerHTML, [...(inline.get(script.innerHTML) ?? []), file])
      }
    }
    expect(inline.size).toBe(2)
    const [everywhere, onStories] = [...inline].sort((a, b) => b[1].length - a[1].length)
    expect(everywhere[0]).toContain('large-type')
    // Every page has the switch, except redirect pages left at moved addresses, which have no body.
    const pages = htmlFiles.filter((f) => !readBuilt(outDir, f).includes('http-equiv="refresh"'))
    expect(pages.length).toBeLessThan(htmlFiles.length)
    expect(everywhere[1]).toEqual(pages.filter((f) => f !== '/search/index.html'))
    expect(onStories[0]).toContain('speechSynthesis')
    expect(onStories[1]).toEqual(stories.map((s) => `${expectedUrl(s)}index.html`).sort())
    for (const script of inline.keys()) expect(Buffer.byteLength(script)).toBeLessThanOrEqual(1024)
    expect(readBuilt(outDir, '/search/')).toMatch(/<script src="\/pagefind\/d-2025-12-10\/pagefind-ui.js">/)
  })

  it('publishes feeds for the paper and each county', () => {
    type Item = { title: string; link: string; guid: unknown; pubDate: string }
    const items = (urlPath: string): Item[] => {
      const xml = readBuilt(outDir, urlPath)
      expect(XMLValidator.validate(xml), urlPath).toBe(true)
      const { rss } = new XMLParser().parse(xml) as {
        rss: { channel: { language: string; item?: Item | Item[] } }
      }
      expect(rss.channel.language).toBe('zh-cn')
      return [rss.channel.item ?? []].flat()
    }
    const paper = items('/rss.xml')
    expect(paper).toHaveLength(stories.length)
    expect(paper.map((i) => new URL(i.link).pathname)).toContain(
      expectedUrl(article('筑牢冬季供水“安全网”')),
    )
    expect(paper.map((i) => i.title)).toContain('呼图壁县冰雪节开幕<img src=x onerror=alert(1)>')

    const qitai = items('/qitai-xian/rss.xml').map((i) => i.title)
    expect(qitai).toContain('“冬日暖甜三件套”的正确打开方式')
    expect(qitai.some((t) => t.includes('供水'))).toBe(false)
    expect(items('/changji-zhou/rss.xml').map((i) => i.title)).toContain(
      '昌吉州243件政务事项实现“周末预约即办”',
    )
  })

  it('lists recent stories in the news sitemap and every page in the sitemap', () => {
    const locations = (urlPath: string) =>
      [...readBuilt(outDir, urlPath).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        ([, loc]) => new URL(loc).pathname,
      )
    const news = locations('/news-sitemap.xml')
    const cutoff = Date.parse(snapshot.generatedAt) - 2 * 24 * 3600_000
    for (const story of stories) {
      const recent = Date.parse(story.publishedAt) > cutoff
      expect(news.includes(expectedUrl(story)), story.title).toBe(recent)
    }
    expect(locations('/sitemap-index.xml')).toEqual([
      '/sitemaps/pages.xml',
      '/sitemaps/2025-12.xml',
      '/sitemaps/2025-11.xml',
    ])
    const sitemap = [
      ...locations('/sitemaps/pages.xml'),
      ...locations('/sitemaps/2025-12.xml'),
      ...locations('/sitemaps/2025-11.xml'),
    ]
    expect(sitemap).toContain('/changji-shi/2025/12/')
    expect(sitemap).toEqual(expect.arrayContaining(stories.map(expectedUrl)))
    expect(sitemap).not.toContain('/search/')
    expect(sitemap).not.toContain('/changji-shi/page/2/')
  })

  it('indexes stories, and only stories, for Chinese search, in shards by date', () => {
    const shards = fs.readdirSync(path.join(outDir, 'pagefind')).sort()
    // Seen from the snapshot's day: this month by day, earlier months whole.
    expect(shards).toContain('m-2025-11')
    expect(shards).toContain('d-2025-12-10')
    let pages = 0
    for (const shard of shards) {
      const entry = JSON.parse(readBuilt(outDir, `/pagefind/${shard}/pagefind-entry.json`)) as {
        languages: Record<string, { page_count: number }>
      }
      pages += entry.languages['zh-cn'].page_count
      expect(fs.existsSync(path.join(outDir, 'pagefind', shard, 'pagefind-ui.js'))).toBe(true)
    }
    expect(pages).toBe(stories.length)
  })

  it('gives every story its page, and each page names its story', () => {
    for (const story of stories) {
      expect(readBuilt(outDir, expectedUrl(story))).toContain(`data-story="${story.type}:${story.id}"`)
    }
  })

  it('has a real 404 page', () => {
    expect(text('/404.html', 'h1')).toEqual(['页面未找到'])
  })
})

describe('a store the site cannot read', () => {
  it('stops the build before anything is written, saying what is wrong', async () => {
    const holes = path.join(work, 'holes.json')
    const broken = structuredClone(snapshot)
    broken.articles[0].regionIds = ['404']
    fs.writeFileSync(holes, JSON.stringify(broken))
    const target = path.join(work, 'refused')
    await expect(
      buildSiteFromSnapshot({ snapshot: holes, mediaDir: path.join(FIXTURE, 'media'), outDir: target }),
    ).rejects.toThrow(/is incomplete:\n- article:\d+ refers to region 404, which is not in the store/)
    expect(fs.existsSync(path.join(target, 'index.html'))).toBe(false)
  })
})

describe('the builder that stays up, killed in the middle of a build', () => {
  /** The builder process this one started (site/builder/service.ts), as `ps` sees it. */
  const builderPid = (): number | null => {
    const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    const line = lines.split('\n').find((l) => l.includes('site/builder/service.ts'))
    return line ? Number(line.trim().split(/\s+/)[0]) : null
  }

  it('fails that build saying so, and the next build starts a new builder and comes out the same', async () => {
    const killed = builderPid()
    expect(killed, 'the builder of the build above is still up').not.toBeNull()
    const target = path.join(work, 'killed')
    const build = () =>
      buildSiteFromSnapshot({
        snapshot: path.join(FIXTURE, 'public.json'),
        mediaDir: path.join(FIXTURE, 'media'),
        outDir: target,
      })
    const interrupted = build()
    setTimeout(() => process.kill(killed!, 'SIGKILL'), 300)
    await expect(interrupted).rejects.toThrow(/网站构建失败 \(the site build failed, the builder ended: SIGKILL\)/)

    await build()
    expect(builderPid()).not.toBe(killed)
    expect(folderDigest(target)).toEqual(folderDigest(outDir))
  })
})
