import type { Region } from '@/payload-types'

import { DEFAULT_GAZETTEER } from '../importer/gazetteer'

/** One region of the coverage-area tree, named with its parent so the tree reads as data. */
export interface RegionSeed {
  name: string
  level: Region['level']
  /** The parent's name; null only for the prefecture. */
  parent: string | null
  /** Counties are listed on the site in this order. */
  order?: number
}

/**
 * The coverage area of the reference paper. The prefecture and its county-level divisions come from
 * the parser's gazetteer, so the list of counties is written down once; the towns, streets and
 * communities are the ones the sample page names.
 */
export const COVERAGE_AREA: RegionSeed[] = [
  { name: DEFAULT_GAZETTEER.prefecture, level: 'prefecture', parent: null },
  ...DEFAULT_GAZETTEER.counties.map((name, index) => ({
    name,
    level: 'county' as const,
    parent: DEFAULT_GAZETTEER.prefecture,
    order: index + 1,
  })),
  { name: '绿洲路街道', level: 'town', parent: '昌吉市' },
  { name: '美院社区', level: 'community', parent: '绿洲路街道' },
  { name: '兰州湾镇', level: 'town', parent: '玛纳斯县' },
]
