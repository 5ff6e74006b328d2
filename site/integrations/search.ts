import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Builds the Pagefind index of the finished site into `<outDir>/pagefind/`, with Pagefind's default
 * UI files beside it for `/search/`. Only pages marked `data-pagefind-body` (stories and profiles)
 * are indexed, so a search finds stories, not the lists that link to them. Pagefind reads
 * `<html lang="zh-CN">` and segments Chinese words.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'county-news:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const fail = (step: string, errors: string[]) =>
          new Error(`Pagefind could not ${step}:\n- ${errors.join('\n- ')}`)
        try {
          const { index, errors } = await pagefind.createIndex({})
          if (!index) throw fail('start', errors)
          const added = await index.addDirectory({ path: outDir })
          if (added.errors.length > 0) throw fail('index the site', added.errors)
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
          if (written.errors.length > 0) throw fail('write its files', written.errors)
          logger.info(`search index written (${added.page_count} pages read)`)
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
