import type { CollectionBeforeOperationHook } from 'payload'

import { isPdf } from '../../../lib/pagePrint/isPdf'
import { PagePdfError, renderPagePdf } from '../../../lib/pagePrint/renderPagePdf'
import { publicError } from '../../../security/publicError'
import { refuseOversizedUpload } from '../../Media/hooks/rejectUnsafeImages'
import { uploadedFile } from '../../Media/hooks/uploadedFile'

/** The PDF of an upload, carried from here to `keepPagePdf` on the request. */
export type PendingPdf = { data: Buffer }
export const PENDING_PDF = 'pagePdf'

/**
 * A page uploaded as PDF is rendered once, here, to a print-resolution PNG that replaces the upload,
 * so Payload stores and sizes an image; the PDF and its text layer ride along to be kept. A PDF that
 * is refused (corrupt, encrypted, scripted, forms, several pages, absurd size, too slow or too big
 * to render) stops the upload before anything is written.
 */
export const renderPagePdfUpload: CollectionBeforeOperationHook<'page-prints'> = async ({
  args,
  operation,
  req,
}) => {
  const file = uploadedFile(operation, req)
  if (!file) return args
  refuseOversizedUpload(file, { zh: '版面文件', en: 'page file' })
  const withData = args as { data?: Record<string, unknown> }
  const data = (withData.data ??= {})
  if (!isPdf(file.data) && file.mimetype !== 'application/pdf') {
    // A new image replaces the page: the PDF and text of an earlier upload no longer describe it.
    Object.assign(data, { pdfFilename: null, pdfFilesize: null, textLayer: null })
    return args
  }
  let rendered
  try {
    rendered = await renderPagePdf(file.data)
  } catch (error) {
    if (error instanceof PagePdfError) throw publicError(error.message, 400)
    throw error
  }
  req.context[PENDING_PDF] = { data: file.data } satisfies PendingPdf
  data.textLayer = rendered.text
  file.data = rendered.image
  file.size = rendered.image.length
  file.mimetype = 'image/jpeg'
  file.name = file.name.replace(/\.pdf$/i, '') + '.jpg'
  return args
}
