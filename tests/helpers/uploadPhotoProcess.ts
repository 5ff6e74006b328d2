/**
 * A CMS process that stores one photo and exits: `tsx tests/helpers/uploadPhotoProcess.ts FILE`.
 * The same create the REST endpoint runs (sizes made by sharp, hooks, files, then the document),
 * in a process of its own that a fault test can kill in the middle of it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { bootPayload } from '@/bootPayload'

const [file] = process.argv.slice(2)
const payload = await bootPayload()
const data = fs.readFileSync(file)
const photo = await payload.create({
  collection: 'media',
  data: { alt: '上传中途进程被杀的照片' },
  file: { data, name: path.basename(file), mimetype: 'image/jpeg', size: data.length },
  overrideAccess: true,
})
console.log(`stored media ${photo.id}`)
process.exit(0)
