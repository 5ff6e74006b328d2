import { describe, expect, it } from 'vitest'

import type { PublicArticle, PublicPhoto, PublicProfile } from '#contract'
import { fixtureSite } from '../test/fixture'
import {
  bodyParts,
  coverPhotoId,
  largestJpeg,
  photoFiles,
  photoPlacementOf,
  pictureSources,
  shownPhotos,
} from './photos'

const file = (name: string, width: number, height: number, mimeType = 'image/jpeg') => ({
  filename: name,
  width,
  height,
  mimeType,
  filesize: 1000,
})
const sizesUpTo = (base: string, widths: number[], ratio: number): PublicPhoto['sizes'] => {
  const names = ['thumbnail', 'card', 'full'] as const
  return Object.fromEntries(
    widths.map((w, i) => {
      const h = Math.round(w * ratio)
      return [
        names[i],
        {
          avif: file(`${base}-${w}x${h}.avif`, w, h, 'image/avif'),
          webp: file(`${base}-${w}x${h}.webp`, w, h, 'image/webp'),
          jpeg: file(`${base}-${w}x${h}.jpg`, w, h),
        },
      ]
    }),
  )
}
const photo = (overrides: Partial<PublicPhoto>): PublicPhoto => ({
  id: '1',
  alt: '糖炒栗子',
  caption: null,
  credit: null,
  dateTaken: null,
  regionId: null,
  focalX: null,
  focalY: null,
  original: file('lizi.jpg', 1600, 1200),
  sizes: sizesUpTo('lizi', [400, 800, 1600], 0.75),
  ...overrides,
})

describe('pictureSources', () => {
  it('offers AVIF, WebP and JPEG at every width, with the card size as the plain src', () => {
    const picture = pictureSources(photo({ focalX: 30, focalY: 40 }))
    expect(picture.avif).toBe(
      '/media/lizi-400x300.avif 400w, /media/lizi-800x600.avif 800w, /media/lizi-1600x1200.avif 1600w',
    )
    expect(picture.webp).toContain('/media/lizi-800x600.webp 800w')
    expect(picture.fallback).toBe(
      '/media/lizi-400x300.jpg 400w, /media/lizi-800x600.jpg 800w, /media/lizi-1600x1200.jpg 1600w',
    )
    expect(picture).toMatchObject({ src: '/media/lizi-800x600.jpg', width: 800, height: 600 })
    expect(picture.objectPosition).toBe('30% 40%')
  })

  it('lets the original fill in when it was too small for the full width', () => {
    const small = photo({
      original: file('hongshu.jpg', 1200, 900),
      sizes: sizesUpTo('hongshu', [400, 800], 0.75),
    })
    expect(pictureSources(small).fallback).toBe(
      '/media/hongshu-400x300.jpg 400w, /media/hongshu-800x600.jpg 800w, /media/hongshu.jpg 1200w',
    )
    expect(largestJpeg(small).filename).toBe('hongshu-800x600.jpg')
  })

  it('does not list an original as wide as a size already listed', () => {
    const exact = photo({
      original: file('bingdiao.jpg', 800, 600),
      sizes: sizesUpTo('bingdiao', [400, 800], 0.75),
    })
    expect(pictureSources(exact).fallback).toBe(
      '/media/bingdiao-400x300.jpg 400w, /media/bingdiao-800x600.jpg 800w',
    )
  })

  it('falls back to the original alone when no size was made', () => {
    const tiny = photo({ original: file('tu.png', 360, 240, 'image/png'), sizes: {} })
    expect(pictureSources(tiny)).toMatchObject({
      avif: null,
      webp: null,
      fallback: '/media/tu.png 360w',
      src: '/media/tu.png',
      width: 360,
      height: 240,
      objectPosition: '50% 50%',
    })
  })

  it('encodes Chinese file names in every URL', () => {
    const named = photo({
      sizes: sizesUpTo('美院', [400], 0.75),
      original: file('美院.jpg', 400, 300),
    })
    const { src, fallback } = pictureSources(named)
    expect(src).toBe('/media/%E7%BE%8E%E9%99%A2-400x300.jpg')
    expect(fallback).toBe('/media/%E7%BE%8E%E9%99%A2-400x300.jpg 400w')
  })
})

describe('photoFiles', () => {
  it('lists the original and every size, for copying', () => {
    expect(photoFiles(photo({})).map((f) => f.filename)).toHaveLength(10)
  })
})

describe('photoPlacementOf', () => {
  const article = (overrides: Partial<PublicArticle>) =>
    ({
      type: 'article',
      leadPhotoId: '1',
      photoIds: ['1', '2', '3'],
      body: [],
      ...overrides,
    }) as PublicArticle

  it('shows the lead on top and the rest after the text', () => {
    expect(photoPlacementOf(article({}))).toEqual({
      top: '1',
      inText: new Set(),
      after: ['2', '3'],
    })
  })

  it('keeps photos where the text places them, and never shows the lead twice', () => {
    const placed = photoPlacementOf(
      article({
        body: [
          { kind: 'photo', photoId: '1', caption: null },
          { kind: 'html', html: '<p>正文</p>' },
          { kind: 'photo', photoId: '3', caption: null },
        ],
      }),
    )
    expect(placed).toEqual({ top: '1', inText: new Set(['3']), after: ['2'] })
  })

  it('takes a profile’s first photo as its portrait', () => {
    const profile = {
      type: 'profile',
      photoIds: ['5', '6'],
      chapters: [],
    } as unknown as PublicProfile
    expect(photoPlacementOf(profile)).toEqual({ top: '5', inText: new Set(), after: ['6'] })
  })
})

describe('coverPhotoId', () => {
  it('takes the lead photo, else the first photo, else none', () => {
    const story = (leadPhotoId: string | null, photoIds: string[]) =>
      ({ type: 'article', leadPhotoId, photoIds }) as unknown as PublicArticle
    expect(coverPhotoId(story('2', ['1', '2']))).toBe('2')
    expect(coverPhotoId(story(null, ['1', '2']))).toBe('1')
    expect(coverPhotoId(story(null, []))).toBeNull()
  })
})

describe('bodyParts', () => {
  const site = fixtureSite()
  const photo = (id: string) => site.photos.get(id)!

  it('resolves each placed photo with its caption and linked credit, leaving out the lead and unknown photos', () => {
    const parts = bodyParts(
      [
        { kind: 'html', html: '<p>一</p>' },
        { kind: 'photo', photoId: '1', caption: null },
        { kind: 'photo', photoId: '2', caption: '图为文中另配的说明。' },
        { kind: 'photo', photoId: '99', caption: null },
        { kind: 'photo', photoId: '7', caption: null },
        { kind: 'html', html: '<p>二</p>' },
      ],
      site,
      '1',
    )
    expect(parts).toEqual([
      { kind: 'html', html: '<p>一</p>' },
      {
        kind: 'photo',
        shown: {
          photo: photo('2'),
          caption: '图为文中另配的说明。',
          credit: { before: '', people: [{ name: '阿依曼', url: '/contributors/ayiman/' }], after: '摄' },
        },
      },
      {
        kind: 'photo',
        shown: {
          photo: photo('7'),
          caption: photo('7').caption,
          credit: { before: '', people: [{ name: '新华社', url: null }], after: '' },
        },
      },
      { kind: 'html', html: '<p>二</p>' },
    ])
  })

  it('shows photos by id in the order given, each with its own caption', () => {
    expect(shownPhotos(['3', '99'], site)).toEqual([
      {
        photo: photo('3'),
        caption: photo('3').caption,
        credit: { before: '', people: [{ name: '王正佳', url: '/contributors/wangzhengjia/' }], after: '摄' },
      },
    ])
  })
})
