/**
 * Pages read the content collections through here: one index of the whole snapshot per build,
 * shared by every route (Astro renders all pages in one process).
 */
import { getCollection, getEntry } from 'astro:content'

import { indexSite, type Site } from '../lib/site'

let site: Promise<Site> | undefined

export function loadSite(): Promise<Site> {
  site ??= (async () => {
    const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data)
    const [info, regions, contributors, columns, photos, articles, profiles, editions] =
      await Promise.all([
        getEntry('snapshot', 'current'),
        getCollection('regions'),
        getCollection('contributors'),
        getCollection('columns'),
        getCollection('photos'),
        getCollection('articles'),
        getCollection('profiles'),
        getCollection('editions'),
      ])
    if (!info) throw new Error('The content store holds no snapshot: did the content sync run?')
    return indexSite({
      generatedAt: info.data.generatedAt,
      paper: info.data.paper,
      regions: data(regions),
      contributors: data(contributors),
      columns: data(columns),
      photos: data(photos),
      articles: data(articles),
      profiles: data(profiles),
      editions: data(editions),
    })
  })()
  return site
}
