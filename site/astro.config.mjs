// @ts-check
import { defineConfig } from 'astro/config'

import { pageRenderer } from './integrations/renderer.ts'

export default defineConfig({
  // No `site`: the builder renders each page at the paper's address (cms/src/siteBuild/siteAddress.ts),
  // so a change of address in 报社设置 needs no new renderer.
  // Bundled as a renderer the site builder calls page by page (site/builder/): the published
  // site is still plain files.
  output: 'server',
  adapter: pageRenderer(),
  trailingSlash: 'always',
  // Photos are encoded once, by the CMS at upload; the site never transforms an image.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
})
