import { relationId } from '@/lib/relationId'
import type { Edition } from '@/payload-types'

import type { Transaction } from '../lib/allOrNothing'

export type StoryCollection = 'articles' | 'profiles'

type Page = NonNullable<Edition['pages']>[number]

/** A story as an edition page lists it. */
export type StoryRef = NonNullable<Page['stories']>[number]

/** A story an edition already lists, with the title an import matches it by. */
export interface ListedStory {
  relationTo: StoryCollection
  id: number
  title: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The stored date of an edition: noon UTC, as the admin's day picker stores a day, so it is the same
 * calendar day in every time zone.
 */
export const editionDate = (day: string): string => `${day}T12:00:00.000Z`

/** The edition of a day as last saved (a draft if there is one), even from the trash. */
export async function findEdition(tx: Transaction, day: string): Promise<Edition | null> {
  const start = Date.parse(`${day}T00:00:00.000Z`)
  const { docs } = await tx.payload.find({
    collection: 'editions',
    where: {
      and: [
        { date: { greater_than_equal: new Date(start).toISOString() } },
        { date: { less_than: new Date(start + DAY_MS).toISOString() } },
      ],
    },
    draft: true,
    trash: true,
    limit: 1,
    ...tx.local,
  })
  return docs[0] ?? null
}

/** Every story an edition lists, on any page, with its latest title. */
export async function storiesOn(tx: Transaction, edition: Edition): Promise<ListedStory[]> {
  const refs = (edition.pages ?? []).flatMap((page) => page.stories ?? [])
  const listed: ListedStory[] = []
  for (const collection of ['articles', 'profiles'] as const) {
    const ids = refs.flatMap((ref) =>
      ref.relationTo === collection ? [relationId(ref.value)] : [],
    )
    if (ids.length === 0) continue
    const { docs } = await tx.payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      trash: true,
      pagination: false,
      ...tx.local,
    })
    for (const doc of docs) listed.push({ relationTo: collection, id: doc.id, title: doc.title })
  }
  return listed
}

export const sameRef = (a: StoryRef, b: StoryRef) =>
  a.relationTo === b.relationTo && relationId(a.value) === relationId(b.value)

/**
 * The edition's pages with the `created` stories listed on page `number`, or null when there are
 * none. The page lists the stories in page order — new ones and those it listed before — followed
 * by any others an editor had put on it; stories listed on other pages stay there.
 */
export function pagesListing(
  pages: Page[],
  number: number,
  name: string | null,
  inPageOrder: StoryRef[],
  created: StoryRef[],
): Page[] | null {
  if (created.length === 0) return null
  const page = pages.find((candidate) => candidate.number === number)
  const listed = page?.stories ?? []
  const has = (refs: StoryRef[], story: StoryRef) => refs.some((ref) => sameRef(ref, story))
  const ordered = inPageOrder.filter((story) => has(created, story) || has(listed, story))
  const listing: Page = {
    ...page,
    number,
    name: page ? page.name : name,
    stories: [...ordered, ...listed.filter((ref) => !has(ordered, ref))],
  }
  return [...pages.filter((candidate) => candidate !== page), listing].sort(
    (a, b) => a.number - b.number,
  )
}

/** The edition's pages with the printed page attached to page `number` (made if it is missing). */
export function withPrint(
  pages: Page[],
  number: number,
  name: string | null,
  print: number,
): Page[] {
  const page = pages.find((candidate) => candidate.number === number)
  const withIt: Page = { ...page, number, name: page ? page.name : name, print }
  return [...pages.filter((candidate) => candidate !== page), withIt].sort(
    (a, b) => a.number - b.number,
  )
}
