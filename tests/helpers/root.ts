import path from 'node:path'

/** The repository root, worked out here so test helpers never load the CMS's environment early. */
export const projectRoot = path.resolve(import.meta.dirname, '../..')
