/**
 * What a reader downloads for a page, before photos: the HTML and the stylesheets it links, each
 * gzipped (level 6, what nginx and most CDNs send), and every byte of JavaScript it would run —
 * external scripts and inline ones, but not JSON-LD, which browsers do not execute.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { parse } from 'node-html-parser'

import { sitePaths } from '@/siteBuild/paths'
import { liveArchive } from '../lib/liveSite'

import { percentile } from '../lib/stats'

export type PageWeight = {
  url: string
  htmlBytes: number
  htmlGzipBytes: number
  cssGzipBytes: number
  /** HTML + CSS, gzipped: the goal's measure. */
  totalGzipBytes: number
  /** Executable JavaScript, uncompressed: external files plus inline scripts. */
  jsBytes: number
  scripts: number
}

export type PageWeightMeasurement = {
  sampled: number
  story: {
    /** The median story page, and the heaviest of the sample. */
    median: PageWeight
    heaviest: PageWeight
    p90TotalGzipBytes: number
    /** The most JavaScript any sampled story page ships. */
    maxJsBytes: number
  }
  home: PageWeight
  county: PageWeight | null
  /** The largest HTML page of the whole site: list pages grow with the archive, stories do not. */
  largestPage: PageWeight
}

const gzipSize = (data: Buffer | string) => zlib.gzipSync(data, { level: 6 }).length

/** JSON-LD and other data blocks are not scripts a browser runs. */
const isData = (type: string | undefined) =>
  Boolean(type) && !/^(text|application)\/(javascript|ecmascript)$|^module$/i.test(type ?? '')

function weigh(root: string, url: string): PageWeight {
  const file = path.join(root, url, url.endsWith('.html') ? '' : 'index.html')
  const html = fs.readFileSync(file)
  const doc = parse(html.toString('utf8'))
  const local = (href: string) => {
    const target = path.join(root, decodeURI(href.split(/[?#]/)[0]))
    return target.startsWith(root) && fs.existsSync(target) ? fs.readFileSync(target) : null
  }
  let cssGzipBytes = 0
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"]')) {
    const css = local(link.getAttribute('href') ?? '')
    if (css) cssGzipBytes += gzipSize(css)
  }
  let jsBytes = 0
  let scripts = 0
  for (const script of doc.querySelectorAll('script')) {
    if (isData(script.getAttribute('type'))) continue
    scripts += 1
    const src = script.getAttribute('src')
    jsBytes += src ? (local(src)?.length ?? 0) : Buffer.byteLength(script.innerHTML)
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    scripts += 1
    jsBytes += local(link.getAttribute('href') ?? '')?.length ?? 0
  }
  const htmlGzipBytes = gzipSize(html)
  return {
    url,
    htmlBytes: html.length,
    htmlGzipBytes,
    cssGzipBytes,
    totalGzipBytes: htmlGzipBytes + cssGzipBytes,
    jsBytes,
    scripts,
  }
}

/** The URL of the site's largest HTML file. */
function largestHtml(root: string): string {
  let largest = { url: '/', size: 0 }
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const size = fs.statSync(file).size
    if (size > largest.size) largest = { url: `/${path.relative(root, file)}`, size }
  }
  return largest.url
}

/** Weighs up to `sample` story pages spread over the live site, and its home and a county page. */
export function measurePageWeight(sample = 200): PageWeightMeasurement {
  const root = fs.realpathSync(sitePaths().live)
  const archive = liveArchive()
  const stories = archive.stories.map((s) => ({ type: s.type, url: archive.urlOf(s) }))
  const step = Math.max(1, Math.floor(stories.length / sample))
  const weights = stories
    .filter((_, i) => i % step === 0)
    .slice(0, sample)
    .map((s) => weigh(root, s.url))
  const byTotal = [...weights].sort((a, b) => a.totalGzipBytes - b.totalGzipBytes)
  // The first article's county page: its URL is the article's first path segment.
  const countySegment = stories
    .find((s) => s.type === 'article')
    ?.url.split('/')
    .filter(Boolean)[0]
  const countyUrl = countySegment ? `/${countySegment}/` : null
  return {
    sampled: weights.length,
    story: {
      median: byTotal[Math.floor((byTotal.length - 1) / 2)],
      heaviest: byTotal[byTotal.length - 1],
      p90TotalGzipBytes: percentile(
        weights.map((w) => w.totalGzipBytes),
        90,
      ),
      maxJsBytes: Math.max(...weights.map((w) => w.jsBytes)),
    },
    home: weigh(root, '/'),
    largestPage: weigh(root, largestHtml(root)),
    county:
      countyUrl && fs.existsSync(path.join(root, countyUrl, 'index.html'))
        ? weigh(root, countyUrl)
        : null,
  }
}
