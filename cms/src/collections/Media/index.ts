import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access/isStaff'
import { anyone } from '../../access/anyone'
import { isDesk } from '../../access/isDesk'
import { ownUploadOrEditor } from '../../access/ownUploadOrEditor'
import { env } from '../../env'
import { createdByField } from '../../fields/newsroom'
import { searchNameField } from '../../fields/searchName'
import { populateCreatedBy } from '../../hooks/populateCreatedBy'
import { queueSiteBuild, queueSiteBuildAfterDelete } from '../../hooks/queueSiteBuild'
import { IMAGE_SIZES } from '../../lib/imageSizes'
import { forgetStoredUpload } from './hooks/forgetStoredUpload'
import { noteUploadInProgress } from './hooks/noteUploadInProgress'
import { prefillCreditFromMetadata } from './hooks/prefillCreditFromMetadata'
import { rejectUnsafeImages } from './hooks/rejectUnsafeImages'
import { refuseExternalFiles } from './hooks/refuseExternalFiles'
import { sanitizeUploadFilename } from './hooks/sanitizeUploadFilename'
import { stripPhotoMetadata } from './hooks/stripPhotoMetadata'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: { en: 'Photo', zh: '图片' }, plural: { en: 'Photos', zh: '图片' } },
  admin: {
    useAsTitle: 'alt',
    // The photo picker (a story's lead photo, photo blocks) searches these: the alt text, its
    // pinyin and initials, the caption, the file name.
    listSearchableFields: ['searchName', 'caption', 'filename'],
    defaultColumns: ['filename', 'alt', 'photographer', 'creditText', 'updatedAt'],
    group: { en: 'Newsroom', zh: '采编' },
  },
  // A photo in a list: its text, credit and the 400-pixel sizes, not all nine files.
  defaultPopulate: {
    alt: true,
    caption: true,
    photographer: true,
    creditText: true,
    // Payload makes `url` from the file name: without it the URL would be null.
    filename: true,
    url: true,
    width: true,
    height: true,
    focalX: true,
    focalY: true,
    sizes: { thumbnail: true, thumbnailWebp: true, thumbnailAvif: true },
  },
  access: {
    // Photos are public files once stored; the site only shows those of published stories.
    read: anyone,
    create: isStaff,
    update: ownUploadOrEditor,
    delete: isDesk,
  },
  upload: {
    staticDir: env.mediaDir,
    // Raster photos only: SVG and other XML can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: IMAGE_SIZES,
    adminThumbnail: 'thumbnailWebp',
    focalPoint: true,
    crop: true,
    // Fetching a URL from the server would let any reporter make it request internal addresses.
    pasteURL: false,
    // …and neither may a create that names a URL instead of sending a file (see the hook).
    externalFileHeaderFilter: refuseExternalFiles,
    // A browser must take a stored file for the image type it is served as, never sniff it into
    // HTML or script, whatever bytes got past the checks.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  hooks: {
    // Refuse what is not a photo first, so the name is only ever made for an accepted format.
    beforeOperation: [rejectUnsafeImages, sanitizeUploadFilename, stripPhotoMetadata],
    // Last before Payload writes the files: the note names the files it is about to write.
    beforeChange: [populateCreatedBy, prefillCreditFromMetadata, noteUploadInProgress],
    afterChange: [forgetStoredUpload, queueSiteBuild],
    afterDelete: [queueSiteBuildAfterDelete],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { en: 'Alt text', zh: '替代文字' },
      admin: {
        description: {
          en: 'What the photo shows, for readers who cannot see it.',
          zh: '描述图片内容，供无法看到图片的读者使用。',
        },
      },
    },
    searchNameField({ from: 'alt' }),
    {
      name: 'caption',
      type: 'textarea',
      label: { en: 'Caption', zh: '图片说明' },
      admin: { description: { en: 'As printed, e.g. 图为…', zh: '如报纸所印，例如“图为……”。' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'photographer',
          type: 'relationship',
          relationTo: 'contributors',
          label: { en: 'Photographer', zh: '摄影' },
        },
        {
          name: 'creditText',
          type: 'text',
          label: { en: 'Agency credit', zh: '来源署名' },
          admin: {
            description: {
              en: 'When the photographer is not a contributor, e.g. 新华社. One of the two is required to publish.',
              zh: '摄影者不在作者库中时填写，如“新华社”。发布前二者至少填一项。',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dateTaken',
          type: 'date',
          label: { en: 'Date taken', zh: '拍摄日期' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'region',
          type: 'relationship',
          relationTo: 'regions',
          label: { en: 'Region', zh: '地区' },
        },
      ],
    },
    createdByField(),
  ],
}
