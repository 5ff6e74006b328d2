/**
 * 稿费: what the fee table proposes for each byline of a story. Pure, so the rules are tested
 * without a database; `hooks/proposeBylineFees.ts` feeds it the story, its photos and the table.
 */
import type { FeeRate } from '@/payload-types'

export type StoryKind = 'article' | 'profile'

/** Roles paid for the text; a photographer is paid per picture credited to them. */
const WRITING_ROLES = new Set(['reporter', 'correspondent', 'compiler'])

/**
 * The text fee for a story of this kind and length: the band with the smallest upper limit that
 * the story fits under (a band without a limit takes everything longer). Null when the table has
 * no band for the kind.
 */
export function textFee(table: Pick<FeeRate, 'bands'>, kind: StoryKind, chars: number) {
  const bands = (table.bands ?? [])
    .filter((b) => b.kind === kind)
    .sort((a, b) => (a.upToChars ?? Infinity) - (b.upToChars ?? Infinity))
  return bands.find((b) => chars <= (b.upToChars ?? Infinity))?.amount ?? null
}

/** Characters a reader reads: the plain text without any white space (中文字数). */
export const countChars = (text: string): number => text.replace(/\s+/g, '').length

export type FeeByline = { contributorId: string; role: string }

/**
 * One proposed fee per byline, in whole yuan, in the bylines' order. The text fee is shared by the
 * writing bylines (remainder yuan to the first), and each contributor's credited photos are paid to
 * their first byline. Null where the table proposes nothing (no band for this kind, no photos).
 */
export function proposeFees({
  table,
  kind,
  chars,
  bylines,
  photosBy,
}: {
  table: Pick<FeeRate, 'bands' | 'perPhoto'>
  kind: StoryKind
  chars: number
  bylines: FeeByline[]
  /** Photos in the story credited to each contributor, by contributor id. */
  photosBy: Map<string, number>
}): (number | null)[] {
  const text = textFee(table, kind, chars)
  const writers = bylines.filter((b) => WRITING_ROLES.has(b.role)).length
  const share = text === null || writers === 0 ? 0 : Math.floor(text / writers)
  let remainder = text === null || writers === 0 ? 0 : text - share * writers
  const photosPaid = new Set<string>()
  return bylines.map((byline) => {
    let fee: number | null = null
    if (text !== null && WRITING_ROLES.has(byline.role)) {
      fee = share + (remainder > 0 ? 1 : 0)
      remainder = Math.max(0, remainder - 1)
    }
    const photos = photosBy.get(byline.contributorId) ?? 0
    if (photos > 0 && table.perPhoto != null && !photosPaid.has(byline.contributorId)) {
      photosPaid.add(byline.contributorId)
      fee = (fee ?? 0) + photos * table.perPhoto
    }
    return fee
  })
}
