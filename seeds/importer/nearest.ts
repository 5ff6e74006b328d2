import { distance } from 'fastest-levenshtein'

/**
 * The known names closest to `name` in spelling (fewest characters to change), at most `count`, for
 * an editor to choose from when a printed place matches none: 美苑社区 → 美院社区, 美源社区.
 */
export function nearestNames(name: string, known: Iterable<string>, count = 3): string[] {
  return [...new Set(known)]
    .map((candidate) => ({ candidate, cost: distance(name, candidate) }))
    .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate, 'zh-CN'))
    .slice(0, count)
    .map(({ candidate }) => candidate)
}
