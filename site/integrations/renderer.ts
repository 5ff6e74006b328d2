import type { AstroIntegration } from 'astro'

/**
 * Builds the site as a page renderer rather than as a folder of pages: `astro build` bundles the
 * templates once (`dist/server/entry.mjs`), and the site builder (site/builder/) calls it for just
 * the pages a change touches, handing each page its data. Astro's own incremental build still asks
 * every route for every path and copies every unchanged file: at 100,000 stories that is the whole
 * archive on every publish (docs/decisions/004-incremental-site-builds.md).
 */
export function pageRenderer(): AstroIntegration {
  return {
    name: 'county-news:renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'county-news:renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./rendererEntry.ts', import.meta.url),
          supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'stable' },
        })
      },
    },
  }
}
