import { describe, expect, it } from 'vitest'

import type { PublicCorrection, PublicStory } from '#contract'
import { fixtureSite, fixtureSnapshot } from '../test/fixture'
import {
  allCorrections,
  correctionDateLine,
  correctionFeedItem,
  correctionsJsonLd,
  correctionText,
} from './corrections'
import { newsArticleJsonLd } from './jsonld'

const first: PublicCorrection = {
  id: '7',
  date: '2026-01-04T16:30:00.000Z',
  wrong: '第二段中“新增12户”',
  right: '“新增21户”',
  amendedAt: null,
}
const amended: PublicCorrection = {
  id: '9',
  date: '2026-01-05T02:00:00.000Z',
  wrong: '图说中“左一”',
  right: '“右一”',
  amendedAt: '2026-01-06T03:00:00.000Z',
}

function corrected(): { stories: PublicStory[]; a: PublicStory; b: PublicStory } {
  const snapshot = fixtureSnapshot()
  const [a, b] = snapshot.articles
  a.corrections = [first]
  b.corrections = [amended]
  return { stories: [...snapshot.articles, ...snapshot.profiles], a, b }
}

describe('corrections', () => {
  it('reads as the paper prints it, dated in Beijing time', () => {
    expect(correctionText(first)).toBe('原文：第二段中“新增12户”；更正为：“新增21户”')
    // 16:30 UTC on the 4th is already the 5th in Beijing.
    expect(correctionDateLine(first)).toBe('2026年1月5日更正')
    expect(correctionDateLine(amended)).toBe('2026年1月5日更正（2026年1月6日修改）')
  })

  it('lists every correction newest first, with its story', () => {
    const { stories, a, b } = corrected()
    expect(allCorrections(stories).map((e) => [e.story.id, e.correction.id])).toEqual([
      [b.id, '9'],
      [a.id, '7'],
    ])
    expect(allCorrections(fixtureSnapshot().articles)).toEqual([])
  })

  it('gives a story’s NewsArticle schema.org CorrectionComments, none when uncorrected', () => {
    const { a } = corrected()
    expect(correctionsJsonLd(a, 'https://news.example.cn/s/')).toEqual([
      {
        '@type': 'CorrectionComment',
        text: '原文：第二段中“新增12户”；更正为：“新增21户”',
        datePublished: first.date,
        url: 'https://news.example.cn/s/#correction-7',
      },
    ])
    const plain = fixtureSnapshot().articles[0]
    const site = fixtureSite()
    expect(newsArticleJsonLd(plain, site, new URL('https://news.example.cn/')).correction).toBe(
      undefined,
    )
  })

  it('makes a feed item that links to the correction on the story page', () => {
    const { b } = corrected()
    expect(correctionFeedItem({ story: b, correction: amended }, '/x/2026/01/s/')).toEqual({
      title: `更正：${b.title}`,
      link: '/x/2026/01/s/#correction-9',
      pubDate: new Date(amended.date),
      description: '2026年1月5日更正（2026年1月6日修改）：原文：图说中“左一”；更正为：“右一”',
    })
  })
})
