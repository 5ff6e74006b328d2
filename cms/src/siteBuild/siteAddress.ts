import type { PublicPaper } from '../publicContent/types'

/**
 * The address the site is published at, which its canonical links, feeds, sitemaps and structured
 * data are absolute against: SITE_URL when this deployment sets one (a staging copy must not claim
 * the paper's real address), else 报社设置's 网站地址, else where `npm start` serves it.
 */
export function siteAddress(
  paper: Pick<PublicPaper, 'siteUrl'>,
  deployment: { siteURL: string | null; localSiteURL: string },
): string {
  return (deployment.siteURL ?? paper.siteUrl ?? deployment.localSiteURL).replace(/\/$/, '')
}
