import { describe, expect, it } from 'vitest'

import type { PublicByline } from '#contract'
import {
  creditText,
  formatByline,
  formatProfileCredit,
  groupBylines,
  linkCredits,
  photoCredit,
  profileCredit,
} from './byline'

const by = (name: string, role: PublicByline['role'], contributorId = name): PublicByline => ({
  name,
  role,
  contributorId,
})

describe('formatByline', () => {
  it('prints the dateline, then the role before the name', () => {
    expect(formatByline('本报讯', [by('杨鹤', 'reporter')])).toBe('本报讯 记者 杨鹤')
  })

  it('joins names sharing a role with 、 and separates roles with a middle dot', () => {
    expect(
      formatByline('本报讯', [
        by('杨鹤', 'reporter'),
        by('王正佳', 'correspondent'),
        by('阿依曼', 'correspondent'),
        by('留莉莉', 'correspondent'),
      ]),
    ).toBe('本报讯 记者 杨鹤 · 通讯员 王正佳、阿依曼、留莉莉')
  })

  it('keeps roles in the order they first appear, even when names interleave', () => {
    const groups = groupBylines([
      by('王正佳', 'correspondent'),
      by('杨鹤', 'reporter'),
      by('阿依曼', 'correspondent'),
    ])
    expect(creditText(groups)).toBe('通讯员 王正佳、阿依曼 · 记者 杨鹤')
  })

  it('leaves out a missing dateline', () => {
    expect(formatByline(null, [by('张圆圆', 'correspondent')])).toBe('通讯员 张圆圆')
    expect(formatByline('新华社讯', [])).toBe('新华社讯')
  })
})

describe('profile credits', () => {
  const profile = {
    narrator: {
      contributorId: '8',
      name: '阿里木·司马义',
      age: 44,
      occupation: null,
      regionId: null,
    },
    compiler: { contributorId: '9', name: '付小芳' },
  }
  const roles = new Map([['9', { defaultRole: 'staff' as const }]])

  it('credits narrator and compiler the way the paper prints them', () => {
    expect(formatProfileCredit(profile, roles)).toBe('□阿里木·司马义 口述 · 本报记者 付小芳 整理')
  })

  it('leaves the title off a compiler who is not on the staff', () => {
    expect(formatProfileCredit(profile, new Map())).toBe('□阿里木·司马义 口述 · 付小芳 整理')
  })

  it('prints a narrator alone when nobody compiled the story', () => {
    expect(formatProfileCredit({ ...profile, compiler: null }, roles)).toBe('□阿里木·司马义 口述')
  })

  it('does not link a narrator whose contributor record is gone', () => {
    const [narrator] = profileCredit(
      { ...profile, narrator: { ...profile.narrator, contributorId: '' } },
      roles,
    )
    expect(narrator.people[0].contributorId).toBeNull()
  })
})

describe('photoCredit', () => {
  it('credits a photographer with 摄', () => {
    expect(creditText([photoCredit({ name: '王正佳', contributorId: '3' })!])).toBe('王正佳 摄')
  })

  it('shows an agency credit as given', () => {
    expect(creditText([photoCredit({ name: '新华社', contributorId: null })!])).toBe('新华社')
  })

  it('has nothing to say about an uncredited photo', () => {
    expect(photoCredit(null)).toBeNull()
  })
})

describe('linkCredits', () => {
  const contributors = new Map([
    ['1', { id: '1', name: '杨鹤', slug: 'yanghe', defaultRole: 'staff' as const, affiliation: null, bio: null }],
  ])

  it('links each name whose contributor the page knows, and leaves the others plain', () => {
    const groups = groupBylines([by('杨鹤', 'reporter', '1'), by('王正佳', 'correspondent', '3')])
    expect(linkCredits(groups, contributors)).toEqual([
      { before: '记者', people: [{ name: '杨鹤', url: '/contributors/yanghe/' }], after: '' },
      { before: '通讯员', people: [{ name: '王正佳', url: null }], after: '' },
    ])
  })

  it('leaves an agency credit unlinked', () => {
    const agency = photoCredit({ name: '新华社', contributorId: null })!
    expect(linkCredits([agency], contributors)).toEqual([
      { before: '', people: [{ name: '新华社', url: null }], after: '' },
    ])
  })
})
