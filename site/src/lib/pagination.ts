import { pageUrl } from './urls'

export type ListPage<T> = {
  items: T[]
  /** From 1. */
  number: number
  count: number
  url: string
  prevUrl: string | null
  nextUrl: string | null
}

/**
 * Splits a list into pages at `baseUrl`, `baseUrl/page/2/`, …; an empty list still has its first
 * page, so a region without stories has a page that says so.
 */
export function paginate<T>(items: readonly T[], baseUrl: string, size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer`)
  const count = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    url: pageUrl(baseUrl, i + 1),
    prevUrl: i > 0 ? pageUrl(baseUrl, i) : null,
    nextUrl: i + 1 < count ? pageUrl(baseUrl, i + 2) : null,
  }))
}
