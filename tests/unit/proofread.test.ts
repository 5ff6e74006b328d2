import { describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '@/lib/lexical'
import {
  findHits,
  type ProofreadingRule,
  storyTextSegments,
  textFingerprint,
  unresolvedHits,
} from '@/lib/proofread'

const RULES: ProofreadingRule[] = [
  { term: '台湾总统', suggestion: '台湾地区领导人', category: 'political', level: 'banned' },
  { term: '最佳', suggestion: '删去或改为具体事实', category: 'advertising', level: 'banned' },
  { term: '残废人', suggestion: '残疾人', category: 'discriminatory', level: 'banned' },
  { term: '布署', suggestion: '部署', category: 'confusion', level: 'caution' },
  {
    term: '截止',
    pattern: '截止(?=\\d{1,4}年|\\d{1,2}月|目前)',
    suggestion: '截至',
    category: 'confusion',
    level: 'caution',
  },
  { term: '付县长', pattern: '付(?=县长)', suggestion: '副', category: 'name', level: 'caution' },
]

describe('the proofreading check', () => {
  it('finds each kind of hit at its place, with the rule and the suggestion', () => {
    const text = '截止12月1日，全县布署最佳方案，付县长到场。报名截止后不再受理。'
    const hits = findHits([{ path: 'body.0', label: '正文第1段', text, source: 'story' }], RULES)
    const at = (word: string) => text.indexOf(word)
    expect(hits.map((h) => [h.match, h.start, h.end, h.suggestion, h.level])).toEqual([
      ['截止', 0, 2, '截至', 'caution'],
      ['布署', at('布署'), at('布署') + 2, '部署', 'caution'],
      ['最佳', at('最佳'), at('最佳') + 2, '删去或改为具体事实', 'banned'],
      ['付', at('付县长'), at('付县长') + 1, '副', 'caution'],
    ])
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.match)
    // 截止 as a deadline, with no date after it, is right and is not flagged.
    expect(hits.filter((h) => h.term === '截止')).toHaveLength(1)
    // Up to 12 characters either side, for showing the hit in its sentence.
    expect(hits[1].before).toBe(text.slice(0, at('布署')))
    expect(hits[1].after).toBe(text.slice(at('布署') + 2, at('布署') + 14))
  })

  it('reads headline lines, paragraphs, photo blocks and captions, saying where each hit is', () => {
    const body = paragraphsToLexical(['第一段没有问题。', '帮助残废人就业。'])
    body.root.children.push({
      type: 'block',
      version: 2,
      format: '',
      fields: { blockType: 'photo', media: 7, caption: '' },
    })
    const segments = storyTextSegments(
      { kicker: '两岸交流', title: '台湾总统一词不得使用', body, leadPhoto: 3 },
      new Map([
        ['3', '题图：最佳风景'],
        ['7', '图为会场'],
      ]),
    )
    expect(segments.map((s) => [s.path, s.label, s.source])).toEqual([
      ['kicker', '引题', 'story'],
      ['title', '主题', 'story'],
      ['leadPhoto', '题图说明', 'photo'],
      ['body.0', '正文第1段', 'story'],
      ['body.1', '正文第2段', 'story'],
      ['body.caption.2', '图片说明', 'photo'],
    ])
    const hits = findHits(segments, RULES)
    expect(hits.map((h) => [h.label, h.match])).toEqual([
      ['主题', '台湾总统'],
      ['题图说明', '最佳'],
      ['正文第2段', '残废人'],
    ])
  })

  it('lets only banned terms block, and an override of the term clears them', () => {
    const hits = findHits(
      [{ path: 'title', label: '主题', text: '最佳布署', source: 'story' }],
      RULES,
    )
    expect(unresolvedHits(hits, []).map((h) => h.term)).toEqual(['最佳'])
    expect(unresolvedHits(hits, ['最佳'])).toEqual([])
  })

  it('skips a pattern that does not compile, and never reports an empty match', () => {
    const broken: ProofreadingRule = { term: 'x', pattern: '(', category: 'name', level: 'banned' }
    const empty: ProofreadingRule = { term: 'y', pattern: 'z*', category: 'name', level: 'banned' }
    const text = [{ path: 'title', label: '主题', text: '最佳', source: 'story' as const }]
    expect(findHits(text, [broken, empty, ...RULES]).map((h) => h.term)).toEqual(['最佳'])
  })

  it("fingerprints the story's own text, not the captions of shared photos", () => {
    const story = { title: '标题', body: paragraphsToLexical(['正文。']), leadPhoto: 1 }
    const a = textFingerprint(storyTextSegments(story, new Map([['1', '说明一']])))
    const b = textFingerprint(storyTextSegments(story, new Map([['1', '说明二']])))
    const c = textFingerprint(storyTextSegments({ ...story, title: '标题改' }, new Map()))
    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })
})
