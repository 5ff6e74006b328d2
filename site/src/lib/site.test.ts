import { describe, expect, it } from 'vitest'

import { fixtureSite } from '../test/fixture'
import { siteFrame } from './site'

describe('siteFrame', () => {
  it('gives every page the paper and a link to each county-level group, 全州 first', () => {
    const site = fixtureSite()
    expect(siteFrame(site)).toEqual({
      paper: site.paper,
      counties: [
        { label: '全州', url: '/changji-zhou/' },
        { label: '昌吉市', url: '/changji-shi/' },
        { label: '阜康市', url: '/fukang-shi/' },
        { label: '呼图壁县', url: '/hutubi-xian/' },
        { label: '玛纳斯县', url: '/manasi-xian/' },
        { label: '奇台县', url: '/qitai-xian/' },
        { label: '吉木萨尔县', url: '/jimusaer-xian/' },
        { label: '木垒哈萨克自治县', url: '/muleihasake-zizhixian/' },
      ],
    })
  })
})
