/**
 * Build time against story count as a self-contained SVG: medians joined by a line, min–max as
 * whiskers, the 60-second goal as a dashed line. Written by hand; a chart library would be a
 * dependency for one picture.
 */
import type { BuildMeasurement } from './measure/build'

const WIDTH = 720
const HEIGHT = 420
const MARGIN = { top: 48, right: 32, bottom: 56, left: 64 }

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A "nice" axis step (1, 2 or 5 × 10^n) giving about `ticks` ticks up to `max`. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks
  const power = 10 ** Math.floor(Math.log10(raw))
  const scaled = raw / power
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power
}

export function buildTimeChart(
  builds: Pick<BuildMeasurement, 'stories' | 'wallMs' | 'onDiskMs'>[],
  { goalSeconds = 60, caption = '' }: { goalSeconds?: number; caption?: string } = {},
): string {
  const points = [...builds].sort((a, b) => a.stories - b.stories)
  const maxStories = Math.max(...points.map((p) => p.stories), 1)
  const maxSeconds = Math.max(
    goalSeconds * 1.1,
    ...points.map((p) => Math.max(p.wallMs.max, p.onDiskMs ?? 0) / 1000),
  )
  const xStep = niceStep(maxStories, 5)
  const yStep = niceStep(maxSeconds, 6)
  const xMax = Math.ceil(maxStories / xStep) * xStep
  const yMax = Math.ceil(maxSeconds / yStep) * yStep
  const plotW = WIDTH - MARGIN.left - MARGIN.right
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = (stories: number) => MARGIN.left + (stories / xMax) * plotW
  const y = (seconds: number) => MARGIN.top + plotH - (seconds / yMax) * plotH
  const f1 = (n: number) => n.toFixed(1)

  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${MARGIN.left}" y="24" font-size="15" font-weight="600">Full site build time against archive size</text>`,
  )
  if (caption) {
    parts.push(`<text x="${MARGIN.left}" y="40" fill="#555">${escape(caption)}</text>`)
  }
  for (let s = 0; s <= yMax + 1e-9; s += yStep) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${f1(y(s))}" y2="${f1(y(s))}" stroke="#e5e5e5"/>`,
      `<text x="${MARGIN.left - 8}" y="${f1(y(s) + 4)}" text-anchor="end" fill="#333">${s}</text>`,
    )
  }
  for (let n = 0; n <= xMax + 1e-9; n += xStep) {
    parts.push(
      `<line x1="${f1(x(n))}" x2="${f1(x(n))}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH + 5}" stroke="#333"/>`,
      `<text x="${f1(x(n))}" y="${MARGIN.top + plotH + 20}" text-anchor="middle" fill="#333">${n.toLocaleString('en')}</text>`,
    )
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 12}" text-anchor="middle">stories in the archive</text>`,
    `<text transform="translate(18 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">seconds (median, min–max)</text>`,
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${f1(y(goalSeconds))}" y2="${f1(y(goalSeconds))}" stroke="#b42318" stroke-dasharray="6 4"/>`,
    `<text x="${WIDTH - MARGIN.right}" y="${f1(y(goalSeconds) - 6)}" text-anchor="end" fill="#b42318">goal: under ${goalSeconds} s at 10,000 stories</text>`,
  )
  const line = points.map((p) => `${f1(x(p.stories))},${f1(y(p.wallMs.median / 1000))}`).join(' ')
  parts.push(`<polyline points="${line}" fill="none" stroke="#1d4ed8" stroke-width="2"/>`)
  for (const p of points) {
    const cx = x(p.stories)
    parts.push(
      `<line x1="${f1(cx)}" x2="${f1(cx)}" y1="${f1(y(p.wallMs.min / 1000))}" y2="${f1(y(p.wallMs.max / 1000))}" stroke="#1d4ed8"/>`,
      `<line x1="${f1(cx - 5)}" x2="${f1(cx + 5)}" y1="${f1(y(p.wallMs.min / 1000))}" y2="${f1(y(p.wallMs.min / 1000))}" stroke="#1d4ed8"/>`,
      `<line x1="${f1(cx - 5)}" x2="${f1(cx + 5)}" y1="${f1(y(p.wallMs.max / 1000))}" y2="${f1(y(p.wallMs.max / 1000))}" stroke="#1d4ed8"/>`,
      `<circle cx="${f1(cx)}" cy="${f1(y(p.wallMs.median / 1000))}" r="4" fill="#1d4ed8"/>`,
      `<text x="${f1(cx - 8)}" y="${f1(y(p.wallMs.max / 1000) - 8)}" text-anchor="end" fill="#1d4ed8">${(p.wallMs.median / 1000).toFixed(1)} s</text>`,
    )
  }
  for (const p of points) {
    if (p.onDiskMs === null) continue
    // The same build written to the ordinary disk, as production writes it.
    const cx = x(p.stories)
    const cy = y(p.onDiskMs / 1000)
    parts.push(
      `<circle cx="${f1(cx)}" cy="${f1(cy)}" r="4" fill="#fff" stroke="#7c3aed" stroke-width="2"/>`,
      `<text x="${f1(cx - 10)}" y="${f1(cy + 34)}" text-anchor="end" fill="#7c3aed">on disk ${(p.onDiskMs / 1000).toFixed(1)} s</text>`,
    )
  }
  parts.push(
    `<circle cx="${MARGIN.left + 12}" cy="${MARGIN.top + 10}" r="4" fill="#1d4ed8"/>`,
    `<text x="${MARGIN.left + 22}" y="${MARGIN.top + 14}">output on tmpfs (the benchmark's figure)</text>`,
    ...(points.some((p) => p.onDiskMs !== null)
      ? [
          `<circle cx="${MARGIN.left + 12}" cy="${MARGIN.top + 28}" r="4" fill="#fff" stroke="#7c3aed" stroke-width="2"/>`,
          `<text x="${MARGIN.left + 22}" y="${MARGIN.top + 32}">output on the ordinary disk (one run)</text>`,
        ]
      : []),
  )
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}
