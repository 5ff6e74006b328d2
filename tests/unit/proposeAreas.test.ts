import { describe, expect, it } from 'vitest'

import { proposeAreas } from '../../cms/src/lib/pagePrint/proposeAreas'
import type { PageText } from '../../cms/src/lib/pagePrint/renderPagePdf'

const line = (str: string, x: number, y: number, size = 9.5): PageText => ({
  str,
  x,
  y,
  w: str.length * 0.01,
  h: size / 1000,
  size,
})

/** Two stories side by side: headline over body lines; one sentence printed in both. */
const PAGE: PageText[] = [
  line('供水管网冬季巡检', 0.05, 0.1, 20),
  line('巡检人员排查阀门井并包裹保温棉', 0.05, 0.125),
  line('确保居民家中用水正常。', 0.05, 0.136),
  line('本报记者 王芳', 0.05, 0.147),
  line('花卉大棚迎来销售旺季', 0.55, 0.1, 20),
  line('花农赶早装车把鲜花送进县城', 0.55, 0.125),
  line('本报记者 王芳', 0.55, 0.136),
  // A line far below that repeats the first story's text: never pulled into its box.
  line('巡检人员排查阀门井并包裹保温棉', 0.05, 0.9),
]

describe('proposeAreas', () => {
  it('boxes each story’s headline and nearby own text, leaving shared lines and far lines out', () => {
    const [water, flowers, missing] = proposeAreas(PAGE, [
      {
        key: 'water',
        headlines: ['供水管网冬季巡检'],
        body: '巡检人员排查阀门井并包裹保温棉，确保居民家中用水正常。本报记者 王芳',
      },
      {
        key: 'flowers',
        headlines: ['花卉大棚迎来销售旺季'],
        body: '花农赶早装车把鲜花送进县城。本报记者 王芳',
      },
      { key: 'absent', headlines: ['不在本版的稿件'], body: '这篇稿件没有印在本版上。' },
    ])
    expect(water.box!.y).toBeCloseTo(0.097, 3)
    // The shared byline (in both bodies) joins neither story; the repeat at 0.9 is out of reach.
    expect(water.box!.y + water.box!.h).toBeCloseTo(0.136 + 0.0095 + 0.003, 3)
    expect(flowers.box!.x).toBeCloseTo(0.547, 3)
    expect(flowers.box!.y + flowers.box!.h).toBeCloseTo(0.125 + 0.0095 + 0.003, 3)
    expect(missing).toEqual({ key: 'absent', box: null })
  })
})
