import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { photoFiles } from '../src/lib/photos'
import { contentPaths, readSnapshot } from '../src/snapshot'

/** Files in flight at once: enough to hide disk latency without exhausting file handles. */
const PARALLEL = 32

/**
 * Puts every image file the snapshot references into `<outDir>/media/`, exactly as the CMS made
 * it (images are encoded once, at upload). A hard link costs no space and no time; across
 * filesystems, where links cannot go, the file is copied. A missing file stops the build, since a
 * site with holes in its photos must not replace the live one.
 */
export function copyMedia(): AstroIntegration {
  let root: URL | undefined
  return {
    name: 'county-news:media',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!root) throw new Error('county-news:media: the Astro config was never resolved')
        // A draft preview is served from the CMS, whose own file route serves the photos.
        if (process.env.COUNTY_NEWS_SKIP_MEDIA === '1') return
        const { snapshot, mediaDir } = contentPaths(root)
        const { photos } = await readSnapshot(snapshot)
        const names = [...new Set(photos.flatMap((p) => photoFiles(p).map((f) => f.filename)))]
        const target = path.join(fileURLToPath(dir), 'media')
        await fs.mkdir(target, { recursive: true })

        const missing: string[] = []
        let copied = 0
        const place = async (name: string) => {
          const from = path.join(mediaDir, name)
          const to = path.join(target, name)
          await fs.rm(to, { force: true })
          try {
            await fs.link(from, to)
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code
            if (code === 'ENOENT') return void missing.push(name)
            if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error
            await fs.copyFile(from, to)
            copied += 1
          }
        }
        for (let i = 0; i < names.length; i += PARALLEL) {
          await Promise.all(names.slice(i, i + PARALLEL).map(place))
        }
        if (missing.length > 0) {
          throw new Error(
            `${missing.length} media file(s) the snapshot refers to are not in ${mediaDir}:\n- ${missing.join('\n- ')}`,
          )
        }
        logger.info(`${names.length} media files placed (${copied} copied, the rest hard-linked)`)
      },
    },
  }
}
