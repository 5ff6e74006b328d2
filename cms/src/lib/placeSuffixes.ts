/**
 * The endings that make a word a place name, by level of the region tree. Slugs split them off as
 * a word of their own (青山市 → qingshan-shi); the importer reads a place the newsroom lacks by
 * them (石桥镇 a town, 幸福社区 a community).
 */

/** Prefecture- and county-level units. */
export const COUNTY_SUFFIXES = ['自治州', '自治县', '州', '市', '县', '区']

/** 乡镇 and 街道: the administrative units below a county. */
export const TOWNSHIP_SUFFIXES = ['街道', '镇', '乡']

/** What papers print at the town level beside them: development zones, parks, state farms. */
export const ZONE_SUFFIXES = ['开发区', '园区', '农场', '牧场']

/** Communities and villages. */
export const VILLAGE_SUFFIXES = ['社区', '村']
