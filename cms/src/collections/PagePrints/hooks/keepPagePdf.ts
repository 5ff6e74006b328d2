import fs from 'node:fs'
import path from 'node:path'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import type { PagePrint } from '@/payload-types'

import { env } from '../../../env'
import { PENDING_PDF, type PendingPdf } from './renderPagePdfUpload'

const pending = (context: Record<string, unknown>) => context[PENDING_PDF] as PendingPdf | undefined

/** The PDF is stored beside its page image, under the image's name: `page-3.jpg` → `page-3.pdf`. */
export const namePagePdf: CollectionBeforeChangeHook<PagePrint> = ({ data, req }) => {
  const pdf = pending(req.context)
  if (!pdf || !data.filename) return data
  const stem = data.filename.replace(/\.[^.]+$/, '')
  let name = `${stem}.pdf`
  for (let n = 1; fs.existsSync(path.join(env.mediaDir, name)); n++) name = `${stem}-${n}.pdf`
  data.pdfFilename = name
  data.pdfFilesize = pdf.data.length
  return data
}

const remove = (name: string | null | undefined) => {
  if (name) fs.rmSync(path.join(env.mediaDir, path.basename(name)), { force: true })
}

/** Written once the row is: a refused or failed save leaves no PDF behind. */
export const keepPagePdf: CollectionAfterChangeHook<PagePrint> = ({ doc, previousDoc, req }) => {
  const pdf = pending(req.context)
  if (pdf && doc.pdfFilename) {
    fs.mkdirSync(env.mediaDir, { recursive: true })
    fs.writeFileSync(path.join(env.mediaDir, doc.pdfFilename), pdf.data, { flag: 'wx' })
    delete req.context[PENDING_PDF]
  }
  if (previousDoc?.pdfFilename && previousDoc.pdfFilename !== doc.pdfFilename)
    remove(previousDoc.pdfFilename)
  return doc
}

export const removePagePdf: CollectionAfterDeleteHook<PagePrint> = ({ doc }) => {
  remove(doc.pdfFilename)
  return doc
}
