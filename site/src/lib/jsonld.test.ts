import { describe, expect, it } from 'vitest'

import { fixtureSite } from '../test/fixture'
import { newsArticleJsonLd, serializeJsonLd } from './jsonld'

const site = fixtureSite()
const origin = new URL('https://news.example.cn/')
const find = (id: string, type: 'article' | 'profile' = 'article') => site.find({ type, id })!

describe('serializeJsonLd', () => {
  it('cannot be broken out of by a closing script tag', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' })
  })
})

describe('newsArticleJsonLd', () => {
  it('describes an article with its headlines, print placement and place', () => {
    const ld = newsArticleJsonLd(find('101'), site, origin)
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: '昌吉州243件政务事项实现“周末预约即办”',
      alternativeHeadline: '聚力建设“典范营商环境”',
      dateline: '本报讯',
      datePublished: '2025-12-09T22:30:00.000Z',
      author: [
        { '@type': 'Person', name: '杨鹤', url: 'https://news.example.cn/contributors/yanghe/' },
      ],
      printEdition: '2025年12月10日 第1期',
      printPage: '3',
      printSection: '县市新闻',
      contentLocation: { '@type': 'Place', name: '昌吉州' },
      articleSection: '全州',
    })
  })

  it('credits each photo’s photographer, or the agency, as the image’s creator', () => {
    const ld = newsArticleJsonLd(find('103'), site, origin)
    expect(ld.image).toEqual([
      expect.objectContaining({
        url: 'https://news.example.cn/media/tangchao-lizi-1600x1200.jpg',
        creditText: '王正佳 摄',
        creator: expect.objectContaining({ '@type': 'Person', name: '王正佳' }),
      }),
      expect.objectContaining({ creditText: '阿依曼 摄' }),
      expect.objectContaining({ creditText: '王正佳 摄' }),
    ])
    const agency = newsArticleJsonLd(find('107'), site, origin).image as object[]
    expect(agency[0]).toMatchObject({
      creditText: '新华社',
      creator: { '@type': 'Organization', name: '新华社' },
    })
  })

  it('nests the most specific place inside its county and the prefecture', () => {
    const ld = newsArticleJsonLd(find('105'), site, origin)
    expect(ld.contentLocation).toEqual({
      '@type': 'Place',
      name: '美院社区',
      containedInPlace: {
        '@type': 'Place',
        name: '绿洲路街道',
        containedInPlace: {
          '@type': 'Place',
          name: '昌吉市',
          containedInPlace: { '@type': 'Place', name: '昌吉州' },
        },
      },
    })
    expect(ld.isPartOf).toMatchObject({ name: '社区直通车' })
  })

  it('names narrator and compiler as a profile’s authors', () => {
    const ld = newsArticleJsonLd(find('201', 'profile'), site, origin)
    expect((ld.author as { name: string }[]).map((a) => a.name)).toEqual([
      '阿里木·司马义',
      '付小芳',
    ])
    expect(ld.url).toMatch(/\/profiles\//)
  })
})
