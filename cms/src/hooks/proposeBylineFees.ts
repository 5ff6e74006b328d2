import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Article, Profile } from '@/payload-types'

import { countChars, proposeFees, type FeeByline } from '../lib/fees'
import type { RichText } from '../lib/lexical'
import { relationId } from '../lib/relationId'
import { photoIdsOf } from '../lib/storyPhotos'

type StoryData = Partial<Article> & Partial<Profile> & { id: number }

const plainText = (states: (RichText | null | undefined)[]) =>
  states
    .filter((s): s is RichText => Boolean(s?.root))
    .map((data) => convertLexicalToPlaintext({ data }))
    .join('')

/**
 * When a story is published, every byline without a fee gets the one the fee table proposes
 * (lib/fees.ts); a fee the desk typed stays. Drafts are left alone: fees are owed for what ran.
 */
export const proposeBylineFees: CollectionBeforeChangeHook<StoryData> = async ({
  collection,
  data,
  req,
}) => {
  if (data._status !== 'published') return data
  const profile = collection.slug === 'profiles'
  const bylines: FeeByline[] = profile
    ? relationId(data.compiler) === null
      ? []
      : [{ contributorId: String(relationId(data.compiler)), role: 'compiler' }]
    : (data.bylines ?? []).map((b) => ({
        contributorId: String(relationId(b.contributor)),
        role: b.role,
      }))
  const fees = profile ? [data.compilerFee] : (data.bylines ?? []).map((b) => b.fee)
  if (!fees.some((fee) => fee === null || fee === undefined)) return data

  const table = await req.payload.findGlobal({ slug: 'fee-rates', depth: 0, req })
  const photoIds = photoIdsOf(data)
  const { docs: photos } = photoIds.length
    ? await req.payload.find({
        collection: 'media',
        where: { id: { in: photoIds } },
        depth: 0,
        pagination: false,
        select: { photographer: true },
        req,
      })
    : { docs: [] }
  const photosBy = new Map<string, number>()
  for (const photo of photos) {
    const id = relationId(photo.photographer)
    if (id !== null) photosBy.set(String(id), (photosBy.get(String(id)) ?? 0) + 1)
  }
  const proposed = proposeFees({
    table,
    kind: profile ? 'profile' : 'article',
    chars: countChars(
      plainText(profile ? (data.chapters ?? []).map((c) => c.body as RichText) : [data.body]),
    ),
    bylines,
    photosBy,
  })
  if (profile) {
    data.compilerFee ??= proposed[0]
  } else {
    data.bylines = (data.bylines ?? []).map((b, i) => ({ ...b, fee: b.fee ?? proposed[i] }))
  }
  return data
}
