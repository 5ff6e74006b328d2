import { describe, expect, it } from 'vitest'

import { fixtureSite } from '../test/fixture'
import { storyCard } from './cards'
import { newsArticleJsonLd } from './jsonld'
import { storyView } from './storyPage'

const site = fixtureSite()
const origin = new URL('https://news.example.cn/')
const article = (id: string) => site.find({ type: 'article', id })!

describe('storyView', () => {
  it('resolves a story page’s frame: breadcrumb, county, cover, print and column, related cards', () => {
    const story = article('105')
    const related = [article('104')]
    expect(storyView(story, site, related, origin)).toEqual({
      crumbs: [
        { name: '昌吉州', url: '/changji-zhou/' },
        { name: '昌吉市', url: '/changji-shi/' },
        { name: '绿洲路街道', url: '/changji-shi/lvzhoulu-jiedao/' },
        { name: '美院社区', url: '/changji-shi/lvzhoulu-jiedao/meiyuan-shequ/' },
      ],
      group: { label: '昌吉市', url: '/changji-shi/' },
      cover: site.photos.get('6'),
      meta: {
        publishedAt: '2025-12-09T22:30:00.000Z',
        print: {
          editionId: '1',
          date: '2025-12-10',
          editionNumber: 1,
          page: 3,
          pageName: '县市新闻',
          position: 6,
        },
        column: { label: '社区直通车', url: '/columns/she-qu-zhi-tong-che/' },
      },
      jsonLd: newsArticleJsonLd(story, site, origin),
      corrections: [],
      related: [storyCard(article('104'), site)],
    })
  })

  it('has no cover and no column for a story without them', () => {
    const view = storyView(article('101'), site, [], origin)
    expect(view.cover).toBeNull()
    expect(view.meta.column).toBeNull()
    expect(view.related).toEqual([])
  })
})
