/**
 * Renders the one page of a printed-page PDF to a JPEG and reads its text with positions. It runs in
 * a worker thread started by renderPagePdf.ts with a heap limit and a deadline, so a hostile or
 * broken file can cost a bounded amount of time and memory and never the CMS process.
 *
 * Plain JavaScript rather than TypeScript: the worker is loaded by Node from disk, both by the
 * Next.js server (which bundles TypeScript only into its own chunks) and by `tsx` scripts.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'

import { createCanvas } from '@napi-rs/canvas'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const require = createRequire(import.meta.url)
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'))

/** @param {string} code @param {Record<string, unknown>} [details] */
const refuse = (code, details = {}) => ({ ok: false, code, ...details })

/** pdf.js answers some of these as Maps, some as plain objects. @param {unknown} found */
const any = (found) =>
  found instanceof Map ? found.size > 0 : Boolean(found) && Object.keys(found).length > 0

async function main() {
  /** @type {{ pdf: Uint8Array, dpi: number, maxPixels: number, maxPages: number }} */
  const { pdf, dpi, maxPixels } = workerData
  const task = getDocument({
    data: pdf,
    cMapUrl: path.join(pdfjsDir, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts/'),
    wasmUrl: path.join(pdfjsDir, 'wasm/'),
    // A page never runs code: no eval for fonts, no scripting, no XFA forms.
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: true,
    verbosity: 0,
  })
  let doc
  try {
    doc = await task.promise
  } catch (error) {
    const name = error && typeof error === 'object' && 'name' in error ? error.name : ''
    return name === 'PasswordException' ? refuse('encrypted') : refuse('corrupt')
  }
  try {
    const { info } = await doc.getMetadata()
    // Opened with the empty password, yet encrypted: refused all the same.
    if (info && 'EncryptFilterName' in info && info.EncryptFilterName) return refuse('encrypted')
    if (doc.numPages !== 1) return refuse('pages', { pages: doc.numPages })
    const page = await doc.getPage(1)
    const [docActions, fields, pageActions, annotations] = await Promise.all([
      doc.getJSActions(),
      doc.getFieldObjects(),
      page.getJSActions(),
      page.getAnnotations(),
    ])
    const scripted = any(docActions) || any(pageActions) || annotations.some((a) => any(a.actions))
    if (scripted) return refuse('javascript')
    if (
      (fields && Object.keys(fields).length > 0) ||
      annotations.some((a) => a.subtype === 'Widget')
    ) {
      return refuse('form')
    }
    const base = page.getViewport({ scale: 1 })
    let scale = dpi / 72
    const pixels = base.width * base.height * scale * scale
    // A page as big as a wall is refused; a merely large one is rendered at less than print dpi.
    if (base.width * base.height > maxPixels)
      return refuse('size', { width: base.width, height: base.height })
    if (pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels)
    const viewport = page.getViewport({ scale })
    const width = Math.floor(viewport.width)
    const height = Math.floor(viewport.height)
    const canvas = createCanvas(width, height)
    const context = canvas.getContext('2d')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, width, height)
    await page.render({ canvas, canvasContext: context, viewport }).promise
    // JPEG at quality 90: text stays crisp at 300 dpi, and the sizes decode it with shrink-on-load.
    const image = canvas.toBuffer('image/jpeg', 90)

    const content = await page.getTextContent()
    const text = []
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue
      // Text space to the page's top-left corner, as fractions of its width and height.
      const [a, b, , , e, f] = item.transform
      const size = Math.hypot(a, b)
      const [x1, y1] = base.convertToViewportPoint(e, f)
      const w = item.width
      text.push({
        str: item.str,
        x: x1 / base.width,
        y: (y1 - size) / base.height,
        w: w / base.width,
        h: size / base.height,
        size,
      })
    }
    return { ok: true, image, width, height, text }
  } finally {
    await task.destroy()
  }
}

main().then(
  (result) => parentPort?.postMessage(result),
  () => parentPort?.postMessage(refuse('corrupt')),
)
