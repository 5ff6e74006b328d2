import { describe, expect, it } from 'vitest'

import { contrastRatio, parseRgb } from '../helpers/contrast'

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself, either way round', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5)
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(0, 0, 0)')).toBeCloseTo(21, 5)
    expect(contrastRatio('rgb(89, 89, 89)', 'rgb(89, 89, 89)')).toBe(1)
  })

  it('puts the ordinary grey on paper just under AAA, so a 7:1 check can fail', () => {
    // #595959 on #fdfcf8: AA (4.5:1) but not AAA (7:1), the values WebAIM's checker gives.
    const ratio = contrastRatio('rgb(89, 89, 89)', 'rgb(253, 252, 248)')
    expect(ratio).toBeGreaterThan(6.7)
    expect(ratio).toBeLessThan(7)
  })

  it('lays translucent text over its background first', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)')).toBe(1)
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)')).toBeCloseTo(3.95, 1)
  })

  it('refuses a colour the browser would never compute', () => {
    expect(() => parseRgb('#fff')).toThrow('not a computed rgb() colour: #fff')
  })
})
