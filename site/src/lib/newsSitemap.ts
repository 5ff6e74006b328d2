import { escapeMarkup } from './markup'

export type NewsEntry = { loc: string; title: string; publishedAt: string }

/** A Google News sitemap (https://www.google.com/schemas/sitemap-news/0.9). */
export function newsSitemapXml(
  entries: readonly NewsEntry[],
  publication: { name: string; language: string },
): string {
  const urls = entries.map(
    (e) => `  <url>
    <loc>${escapeMarkup(e.loc)}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeMarkup(publication.name)}</news:name>
        <news:language>${escapeMarkup(publication.language)}</news:language>
      </news:publication>
      <news:publication_date>${escapeMarkup(e.publishedAt)}</news:publication_date>
      <news:title>${escapeMarkup(e.title)}</news:title>
    </news:news>
  </url>
`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('')}</urlset>
`
}
