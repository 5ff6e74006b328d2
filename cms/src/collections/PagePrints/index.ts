import type { CollectionConfig } from 'payload'

import { isDesk } from '../../access/isDesk'
import { isStaff } from '../../access/isStaff'
import { env } from '../../env'
import { IMAGE_SIZES } from '../../lib/imageSizes'
import { rejectUnsafeImages } from '../Media/hooks/rejectUnsafeImages'
import { refuseExternalFiles } from '../Media/hooks/refuseExternalFiles'
import { sanitizeUploadFilename } from '../Media/hooks/sanitizeUploadFilename'
import { keepPagePdf, removePagePdf, namePagePdf } from './hooks/keepPagePdf'
import { rebuildEditionsShowingPrint } from './hooks/rebuildEditionsShowingPrint'
import { renderPagePdfUpload } from './hooks/renderPagePdfUpload'

/**
 * 版面图: a printed page (版次) as an image, sized like photos, and the PDF it was rendered from
 * when it came as one. Editions' pages point at one; the text layer is kept to propose the
 * stories' areas (editions' `proposeStoryAreas`) and never leaves the CMS.
 */
export const PagePrints: CollectionConfig<'page-prints'> = {
  slug: 'page-prints',
  labels: {
    singular: { en: 'Printed page', zh: '版面图' },
    plural: { en: 'Printed pages', zh: '版面图' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'pdfFilename', 'updatedAt'],
    group: { en: 'Newsroom', zh: '采编' },
    description: {
      en: 'The page as its PDF (rendered once, at upload) or as a JPEG/PNG.',
      zh: '上传版面 PDF（上传时渲染为图片）或 JPEG/PNG 图片。',
    },
  },
  defaultPopulate: {
    filename: true,
    url: true,
    width: true,
    height: true,
    sizes: true,
    pdfFilename: true,
  },
  access: {
    // A page is the paper before it is out: only the newsroom reads uploads (files included).
    // Readers get a page's files through the public store, once its edition is published.
    read: isStaff,
    create: isDesk,
    update: isDesk,
    delete: isDesk,
  },
  upload: {
    staticDir: env.mediaDir,
    // A PDF never stays the stored file: it is rendered to a PNG before Payload sees it. WebP and
    // AVIF are listed for the sizes, whose types Payload checks against this list too.
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: IMAGE_SIZES,
    adminThumbnail: 'thumbnailWebp',
    focalPoint: false,
    crop: false,
    pasteURL: false,
    externalFileHeaderFilter: refuseExternalFiles,
  },
  hooks: {
    // The PDF becomes its page image first; then the image goes through the photos' checks.
    beforeOperation: [
      renderPagePdfUpload,
      rejectUnsafeImages as never,
      sanitizeUploadFilename as never,
    ],
    beforeChange: [namePagePdf],
    afterChange: [keepPagePdf, rebuildEditionsShowingPrint],
    afterDelete: [removePagePdf],
  },
  fields: [
    {
      name: 'pdfFilename',
      type: 'text',
      label: { en: 'PDF', zh: '版面 PDF' },
      admin: { readOnly: true, description: { en: 'Kept for download.', zh: '供读者下载。' } },
    },
    { name: 'pdfFilesize', type: 'number', admin: { hidden: true } },
    {
      // Text with positions from the PDF, for proposing story areas; never in the public store.
      name: 'textLayer',
      type: 'json',
      admin: { hidden: true },
    },
  ],
}
