/**
 * Every story page this build rendered, for the CMS's build job: it checks the list against the
 * snapshot, and each page's `data-story`, before the build may go live.
 */
import type { APIRoute } from 'astro'

import type { BuildManifest } from '../../../cms/src/siteBuild/verifyBuild'
import { loadSite } from './_site'

export const GET: APIRoute = async () => {
  const site = await loadSite()
  const manifest = {
    generatedAt: site.generatedAt,
    stories: site.stories.map((story) => ({
      type: story.type,
      id: story.id,
      url: site.urlOf(story),
    })),
  } satisfies BuildManifest
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
