import type { Gazetteer } from './types'

/**
 * The coverage area of the reference paper, 昌吉回族自治州. Towns, streets and communities are left
 * out on purpose: the parser recognises them by their suffix, and the CMS can pass the ones it knows.
 */
export const DEFAULT_GAZETTEER: Gazetteer = {
  prefecture: '昌吉州',
  counties: [
    '昌吉市',
    '阜康市',
    '呼图壁县',
    '玛纳斯县',
    '奇台县',
    '吉木萨尔县',
    '木垒哈萨克自治县',
  ],
  columns: ['社区直通车'],
}
