/**
 * The live site as a reader meets it: pages by address, and the search index queried from Node the
 * way the search page queries it in a browser (Pagefind's own script over HTTP, every shard merged).
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { sitePaths } from '@/siteBuild/paths'
import { serveLive } from '@/siteBuild/serveLive'
import { buildIdOf } from '@/siteBuild/swapLive'

import { Archive } from '../../site/builder/archive'
import { newestShardsFirst } from '../../site/builder/search'

/** The public store the live build was made from. */
export function liveArchive(): Archive {
  const paths = sitePaths()
  const id = buildIdOf(paths.live)
  if (!id) throw new Error('no live site')
  return new Archive(path.join(paths.data, id, 'store'))
}

type Pagefind = {
  options: (o: { basePath: string }) => Promise<void>
  mergeIndex: (url: string) => Promise<void>
  search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>
}

let loads = 0
let server: Promise<string> | null = null

/**
 * The live folder served on a loopback port, as nginx would, for as long as this process runs:
 * Pagefind keeps fetching index chunks after a search has answered.
 */
function liveOrigin(): Promise<string> {
  server ??= new Promise((resolve) => {
    const http = serveLive(sitePaths().live).listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(http.address() as AddressInfo).port}`),
    )
    http.unref()
  })
  return server
}

/**
 * For each term, the URLs (paths) of the stories the live search index returns, all shards merged.
 * One Pagefind instance answers every term: loading the 25 shards of a ten-year archive once per
 * term made a burst's check fetch thousands of chunks and grow the process to gigabytes.
 */
export async function searchLive(terms: readonly string[]): Promise<Map<string, string[]>> {
  const live = fs.realpathSync(sitePaths().live)
  const shards = newestShardsFirst(fs.readdirSync(path.join(live, 'pagefind')))
  const origin = await liveOrigin()
  // A fresh module for each build: Pagefind keeps its index in module state.
  const pagefind = (await import(
    `${pathToFileURL(path.join(live, 'pagefind', shards[0], 'pagefind.js')).href}?load=${++loads}`
  )) as Pagefind
  await pagefind.options({ basePath: `${origin}/pagefind/${shards[0]}/` })
  for (const shard of shards.slice(1)) await pagefind.mergeIndex(`${origin}/pagefind/${shard}/`)
  const found = new Map<string, string[]>()
  for (const term of terms) {
    const { results } = await pagefind.search(term)
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()))
    found.set(term, data.map((d) => new URL(d.url, origin).pathname))
  }
  return found
}
