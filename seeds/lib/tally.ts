/** The collections a seed or an import reports on. */
export const COUNTED = {
  articles: '稿件 articles',
  profiles: '口述实录 profiles',
  media: '图片 media',
  contributors: '作者 contributors',
  regions: '地区 regions',
  columns: '栏目 columns',
  editions: '期次 editions',
  users: '用户 users',
  'proofreading-terms': '校对词条 proofreading terms',
} as const

export type Counted = keyof typeof COUNTED

export type Counts = Partial<Record<Counted, { created: number; matched: number }>>

/** Counts, per collection, the documents a run created and those it found already there. */
export class Tally {
  readonly counts: Counts = {}

  created(collection: Counted): void {
    this.entry(collection).created++
  }

  matched(collection: Counted): void {
    this.entry(collection).matched++
  }

  private entry(collection: Counted) {
    return (this.counts[collection] ??= { created: 0, matched: 0 })
  }
}

/** One line per collection: 稿件 articles: 新建 created 5, 已有 matched 1. */
export function formatCounts(counts: Counts): string[] {
  return (Object.keys(COUNTED) as Counted[]).flatMap((collection) => {
    const count = counts[collection]
    if (!count) return []
    return [
      `  ${COUNTED[collection]}: 新建 created ${count.created}, 已有 matched ${count.matched}`,
    ]
  })
}
