// @ts-check
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { copyMedia } from './integrations/media.ts'
import { searchIndex } from './integrations/search.ts'

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  // Builds from several snapshots (tests, the CMS's build job) must not share Astro's content store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory', concurrency: 2 },
  integrations: [
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/search/') }),
    copyMedia(),
    searchIndex(),
  ],
})
