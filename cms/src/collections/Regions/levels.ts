/** The coverage-area tree, from the top: 州 › 市/县/区 › 镇/乡/街道 › 社区/村. */
export const REGION_LEVELS = ['prefecture', 'county', 'town', 'community'] as const

export type RegionLevel = (typeof REGION_LEVELS)[number]

export const REGION_LEVEL_LABELS: Record<RegionLevel, { en: string; zh: string }> = {
  prefecture: { en: 'Prefecture', zh: '州' },
  county: { en: 'County-level city / county / district', zh: '市县区' },
  town: { en: 'Town / township / street', zh: '镇乡街道' },
  community: { en: 'Community / village', zh: '社区村' },
}

export const levelRank = (level: RegionLevel): number => REGION_LEVELS.indexOf(level)
