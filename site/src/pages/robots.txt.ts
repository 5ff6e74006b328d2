import type { APIRoute } from 'astro'

export const GET: APIRoute = ({ site, url }) => {
  const origin = site ?? url
  return new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', origin).href}\nSitemap: ${new URL('/news-sitemap.xml', origin).href}\n`,
  )
}
