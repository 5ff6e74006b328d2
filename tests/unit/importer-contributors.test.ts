import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { creditNames, defaultRoles } from '../../seeds/importer/contributors'
import { COUNTIES_GAZETTEER } from '../helpers/gazetteers'
import { parsePage } from '../../seeds/importer/parsePage'

const text = readFileSync(
  new URL('../../seeds/changji-daily-county-page.txt', import.meta.url),
  'utf8',
)

describe('defaultRoles', () => {
  it('adds each person of the sample page with the role printed in their byline', () => {
    const roles = defaultRoles(parsePage(text, COUNTIES_GAZETTEER).stories)
    expect(Object.fromEntries(roles)).toEqual({
      杨鹤: 'staff',
      张圆圆: 'correspondent',
      王正佳: 'correspondent',
      阿依曼: 'correspondent',
      留莉莉: 'correspondent',
      丁慧琴: 'correspondent',
      周惠敏: 'correspondent',
      '阿里木·司马义': 'guest',
      付小芳: 'staff',
      杨海龙: 'correspondent',
    })
  })

  it('adds someone credited only for photos as a photographer', () => {
    const page = '冬日鲜花销售走俏\n\n图为花市。\n\n□李娜摄\n\n本报讯 记者杨鹤报道：花市热闹。\n'
    const roles = defaultRoles(parsePage(page, COUNTIES_GAZETTEER).stories)
    expect(Object.fromEntries(roles)).toEqual({ 杨鹤: 'staff', 李娜: 'photographer' })
  })
})

describe('creditNames', () => {
  it('splits a shared photo credit into its names', () => {
    expect(creditNames('王正佳')).toEqual(['王正佳'])
    expect(creditNames('张三、李四')).toEqual(['张三', '李四'])
    expect(creditNames('')).toEqual([])
  })
})
