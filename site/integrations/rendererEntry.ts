/**
 * The renderer's entry point, bundled by `astro build` with every route: renders one page through
 * the route file named for its kind (site/builder/pages.ts, ROUTES), with the page's data as
 * `Astro.locals.page`. Routing by file, not by URL, because a town's month archive
 * (`/qingshan-shi/dongfenglu-jiedao/2025/12/`) has the shape of an article's address.
 */
import { createApp } from 'astro/app/entrypoint'

import { setPaperTimeZone } from '../src/lib/dates'
import type { PageData } from '../src/pageData'

const app = createApp({ streaming: false })

export async function render(
  url: string,
  component: string,
  page: PageData,
): Promise<{ status: number; body: Uint8Array }> {
  const routeData = app.manifestData.routes.find((r) => r.component === component)
  if (!routeData) throw new Error(`no route is rendered by ${component}`)
  // This bundle has its own copy of the date module: it dates the page in the paper's zone too.
  setPaperTimeZone(page.content.paper.timeZone)
  const response = await app.render(new Request(url), { routeData, locals: { page } })
  return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) }
}
