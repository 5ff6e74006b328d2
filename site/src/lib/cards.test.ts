import { describe, expect, it } from 'vitest'

import { fixtureSite } from '../test/fixture'
import { storyCard, storyCards } from './cards'

const site = fixtureSite()

describe('storyCard', () => {
  it('resolves a story into what a list shows: headline lines, address, cover photo, county', () => {
    const story = site.find({ type: 'article', id: '103' })!
    expect(storyCard(story, site)).toEqual({
      story: {
        type: 'article',
        kicker: null,
        title: '“冬日暖甜三件套”的正确打开方式',
        subtitle: '糖葫芦、糖炒栗子、烤红薯',
        excerpt: story.excerpt,
        publishedAt: '2025-12-09T22:30:00.000Z',
      },
      url: '/qitai-xian/2025/12/dong-ri-nuan-tian-san-jian-tao-de-zheng-que-da-kai/',
      photo: site.photos.get('1'),
      group: { label: '奇台县', url: '/qitai-xian/' },
    })
  })

  it('files prefecture-wide news under 全州 and leaves a story without photos without one', () => {
    const card = storyCard(site.find({ type: 'article', id: '101' })!, site)
    expect(card.group).toEqual({ label: '全州', url: '/changji-zhou/' })
    expect(card.photo).toBeNull()
  })
})

describe('storyCards', () => {
  it('keeps the order given and skips stories the page was not given', () => {
    const cards = storyCards(site, ['article:104', 'article:999', 'profile:201'])
    expect(cards.map((c) => c.story.title)).toEqual([
      '冬日鲜花销售走俏',
      '环卫人阿里木·司马义：用心干好一件事',
    ])
  })
})
