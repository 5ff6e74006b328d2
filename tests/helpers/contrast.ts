/** A colour as a browser computes it: red, green and blue 0–255, alpha 0–1. */
export type Rgba = [number, number, number, number]

/** Reads a computed colour (`rgb(26, 26, 26)`, `rgba(0, 0, 0, 0)`); anything else throws. */
export function parseRgb(css: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(css.trim())
  if (!match) throw new Error(`not a computed rgb() colour: ${css}`)
  const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).map(Number)
  return [r, g, b, a]
}

/** WCAG 2 relative luminance of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/**
 * WCAG 2 contrast ratio (1–21) of text over an opaque background; a translucent text colour is
 * first laid over the background, as the browser paints it.
 */
export function contrastRatio(text: string, background: string): number {
  const bg = parseRgb(background)
  const fg = parseRgb(text)
  const a = fg[3]
  const painted: Rgba = [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a)) as unknown as Rgba
  painted[3] = 1
  const [light, dark] = [luminance(painted), luminance(bg)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}
