// Apart from lib/proofread.ts, which uses node:crypto, so the admin's browser code can import it.
/** How a term is judged: a banned term blocks a sign-off, a caution is shown for the reviewer. */
export type TermLevel = 'banned' | 'caution'
export type TermCategory = 'political' | 'advertising' | 'discriminatory' | 'confusion' | 'name'

export const TERM_CATEGORIES: Record<TermCategory, { zh: string; en: string }> = {
  political: { zh: '政治性表述', en: 'Political formulation' },
  advertising: { zh: '广告法禁用极限词', en: 'Banned absolute term (advertising law)' },
  discriminatory: { zh: '歧视性用语', en: 'Discriminatory term' },
  confusion: { zh: '易错字词', en: 'Common confusion' },
  name: { zh: '人名职务', en: 'Names and titles' },
}
