import { escapeMarkup } from './markup'

/** A sitemap (https://www.sitemaps.org/protocol.html), at most 50,000 URLs: a month's stories. */
export function sitemapXml(entries: readonly { loc: string; lastmod: string | null }[]): string {
  const urls = entries.map(
    (e) =>
      `  <url><loc>${escapeMarkup(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeMarkup(e.lastmod)}</lastmod>` : ''}</url>\n`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('')}</urlset>
`
}

/** The index of sitemaps that robots.txt and every page's `<link rel="sitemap">` point at. */
export function sitemapIndexXml(locs: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locs.map((loc) => `  <sitemap><loc>${escapeMarkup(loc)}</loc></sitemap>\n`).join('')}</sitemapindex>
`
}
