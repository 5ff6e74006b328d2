import fs from 'node:fs'
import path from 'node:path'

import { isPdf } from '@/lib/pagePrint/isPdf'

import type { Transaction } from '../lib/allOrNothing'

/** The printed page an import attaches to its edition page: a PDF or an image file. */
export type PagePrintFile = { data: Buffer; name: string }

export const readPagePrintFile = (file: string): PagePrintFile => ({
  data: fs.readFileSync(file),
  name: path.basename(file),
})

/**
 * Uploads the printed page the way an editor's upload goes (rendered once if a PDF, refused with
 * the same messages), named after the edition's day and page so a rolled-back import removes its
 * files.
 */
export async function uploadPagePrint(
  tx: Transaction,
  print: PagePrintFile,
  date: string,
  page: number,
): Promise<number> {
  const pdf = isPdf(print.data)
  const stem = `${date}-page-${page}`
  tx.willUpload(stem)
  const created = await tx.payload.create({
    collection: 'page-prints',
    data: {},
    file: {
      data: print.data,
      mimetype: pdf ? 'application/pdf' : 'image/png',
      name: `${stem}${pdf ? '.pdf' : path.extname(print.name) || '.png'}`,
      size: print.data.length,
    },
    ...tx.local,
  })
  return created.id
}
