import path from 'node:path'
import { Worker, type WorkerOptions } from 'node:worker_threads'

import { projectRoot } from '../../env'
import { isPdf } from './isPdf'

/** A line of the page's text, in fractions of the page from its top-left corner. */
export type PageText = { str: string; x: number; y: number; w: number; h: number; size: number }

export type RenderedPage = { image: Buffer; width: number; height: number; text: PageText[] }

/** Print quality: what a typesetting system's proof is made at. */
export const PRINT_DPI = 300
/** 40 megapixels: a broadsheet page (350 × 490 mm) at 300 dpi is 24. */
export const MAX_PAGE_PIXELS = 40_000_000
/** A page that takes longer than this to render is hostile or broken. */
export const RENDER_TIMEOUT_MS = 60_000
/** The worker's JavaScript heap; the canvas itself is bounded by MAX_PAGE_PIXELS. */
const RENDER_HEAP_MB = 512

const WORKER = path.join(projectRoot, 'cms/src/lib/pagePrint/renderPdfWorker.mjs')

/** Why a PDF was refused, in the words the editor reads. */
export class PagePdfError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
    this.name = 'PagePdfError'
  }
}

const MESSAGES: Record<string, (details: Record<string, unknown>) => string> = {
  corrupt: () => '无法读取该 PDF：文件已损坏或不是 PDF (the PDF could not be read)',
  encrypted: () => 'PDF 已加密，请导出未加密的版面 PDF (encrypted PDFs are not accepted)',
  pages: ({ pages }) =>
    `版面 PDF 只能有一页，此文件有 ${String(pages)} 页 (a page PDF must have one page, this has ${String(pages)})`,
  javascript: () => 'PDF 含有脚本（JavaScript），不予接受 (PDFs with JavaScript are not accepted)',
  form: () => 'PDF 含有表单，不予接受 (PDFs with forms are not accepted)',
  size: ({ width, height }) =>
    `版面尺寸异常（${Math.round(Number(width))}×${Math.round(Number(height))} 点），不予接受 (the page size is absurd)`,
  timeout: () =>
    `版面 PDF 渲染超过 ${RENDER_TIMEOUT_MS / 1000} 秒，已停止 (rendering took too long and was stopped)`,
  memory: () =>
    '版面 PDF 渲染所需内存超过上限，已停止 (rendering needed too much memory and was stopped)',
}

const refusal = (code: string, details: Record<string, unknown> = {}) =>
  new PagePdfError(MESSAGES[code](details), code)

/**
 * What the file's own dictionaries say before any parsing: a PDF at all, and none of the features
 * refused. Stream contents (fonts, images) are left out, where any bytes may spell `/JS`; names
 * inside compressed object streams are invisible here, and the worker asks pdf.js again.
 */
function screen(pdf: Buffer): void {
  if (!isPdf(pdf)) throw refusal('corrupt')
  const dictionaries = pdf.toString('latin1').replace(/stream\r?\n[\s\S]*?endstream/g, '')
  if (/\/Encrypt\b/.test(dictionaries)) throw refusal('encrypted')
  if (/\/(JavaScript|JS)\b/.test(dictionaries)) throw refusal('javascript')
  if (/\/(AcroForm|XFA)\b/.test(dictionaries)) throw refusal('form')
}

/**
 * Renders a one-page PDF at print resolution and reads its text layer, in a worker thread with a
 * heap limit and a deadline. Refuses (PagePdfError, a Chinese message) a corrupt, encrypted,
 * scripted or form-carrying PDF, one of more than one page, and one of absurd size.
 */
export async function renderPagePdf(pdf: Buffer): Promise<RenderedPage> {
  screen(pdf)
  // Constructed out of Turbopack's sight: it takes `new Worker(path)` for a file to bundle, cannot
  // resolve a path computed at run time, and failed the admin build (`next build cms`) on it, even
  // with a turbopackIgnore comment. Node runs the worker file as it is.
  const options: WorkerOptions = {
    workerData: { pdf: new Uint8Array(pdf), dpi: PRINT_DPI, maxPixels: MAX_PAGE_PIXELS },
    resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB },
    stdout: true,
    stderr: true,
  }
  const worker: Worker = Reflect.construct(Worker, [WORKER, options])
  type Answer =
    | { ok: true; image: Uint8Array; width: number; height: number; text: PageText[] }
    | ({ ok: false; code: string } & Record<string, unknown>)
  const answer = await new Promise<Answer>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(refusal('timeout'))
    }, RENDER_TIMEOUT_MS)
    worker.once('message', (message: Answer) => {
      clearTimeout(timer)
      resolve(message)
    })
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer)
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refusal('memory') : refusal('corrupt'))
    })
    worker.once('exit', () => {
      clearTimeout(timer)
      reject(refusal('corrupt'))
    })
  }).finally(() => void worker.terminate())
  if (!answer.ok) throw refusal(answer.code, answer)
  return {
    image: Buffer.from(answer.image),
    width: answer.width,
    height: answer.height,
    text: answer.text,
  }
}
