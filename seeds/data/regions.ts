import type { Region } from '@/payload-types'

/** One region of a coverage-area tree, named with its parent so the tree reads as data. */
export interface RegionSeed {
  name: string
  level: Region['level']
  /** The parent's name; null only for the root. */
  parent: string | null
  /** Counties are listed on the site in this order. */
  order?: number
}

/** The sample paper's area, as the national division data names it (`npm run area` takes it too). */
export const SAMPLE_AREA = '昌吉回族自治州'

/**
 * Places the sample page names that the national division data (2023) lacks, added as an editor
 * would add a new community; each under a parent the data has.
 */
export const SAMPLE_EXTRA_PLACES: RegionSeed[] = [
  { name: '美院社区', level: 'community', parent: '绿洲路街道' },
]

/**
 * The sample's prefecture, counties and the places its page names, without the national data: the
 * benchmark builds its archive on these. `tests/unit/importer-structure.test.ts` checks them
 * against the data.
 */
export const COVERAGE_AREA: RegionSeed[] = [
  { name: '昌吉州', level: 'prefecture', parent: null },
  ...['昌吉市', '阜康市', '呼图壁县', '玛纳斯县', '奇台县', '吉木萨尔县', '木垒哈萨克自治县'].map(
    (name, index) => ({ name, level: 'county' as const, parent: '昌吉州', order: index + 1 }),
  ),
  { name: '绿洲路街道', level: 'town', parent: '昌吉市' },
  { name: '美院社区', level: 'community', parent: '绿洲路街道' },
  { name: '兰州湾镇', level: 'town', parent: '玛纳斯县' },
]
