import type { Id, PublicSnapshot } from '#contract'
import { storyKey } from './stories'

/**
 * What in a snapshot points at something the snapshot does not hold: a story's photo, region,
 * column or edition, an edition's story, a region's parent. The exporter is meant to hand out a
 * closed set; when it does not, the build stops with this list rather than publish holes.
 * Contributors are not checked: bylines carry their names, and a name without a page prints unlinked.
 */
export function brokenReferences(
  snapshot: Pick<PublicSnapshot, 'regions' | 'columns' | 'photos' | 'articles' | 'profiles' | 'editions'>,
): string[] {
  const problems: string[] = []
  const ids = <T extends { id: Id }>(what: string, items: readonly T[]) => {
    const set = new Set<Id>()
    for (const item of items) {
      if (set.has(item.id)) problems.push(`${what} ${item.id} appears twice`)
      set.add(item.id)
    }
    return set
  }
  const regions = ids('region', snapshot.regions)
  const columns = ids('column', snapshot.columns)
  const photos = ids('photo', snapshot.photos)
  ids('edition', snapshot.editions)
  ids('article', snapshot.articles)
  ids('profile', snapshot.profiles)
  const stories = new Set([...snapshot.articles, ...snapshot.profiles].map(storyKey))

  const expect = (set: Set<Id>, id: Id | null, what: string, where: string) => {
    if (id !== null && !set.has(id))
      problems.push(`${where} refers to ${what} ${id}, which is not in the snapshot`)
  }

  for (const region of snapshot.regions) {
    const where = `region ${region.name}`
    expect(regions, region.parentId, 'region', where)
    expect(regions, region.countyId, 'region', where)
    for (const id of region.ancestry) expect(regions, id, 'region', where)
  }
  for (const story of [...snapshot.articles, ...snapshot.profiles]) {
    const where = `${story.type} “${story.title}”`
    for (const id of story.regionIds) expect(regions, id, 'region', where)
    expect(regions, story.countyId, 'region', where)
    expect(columns, story.columnId, 'column', where)
    for (const id of story.photoIds) expect(photos, id, 'photo', where)
    const blocks = story.type === 'article' ? story.body : story.chapters.flatMap((c) => c.body)
    for (const block of blocks)
      if (block.kind === 'photo') expect(photos, block.photoId, 'photo', where)
    if (story.type === 'article') expect(photos, story.leadPhotoId, 'photo', where)
    else expect(regions, story.narrator.regionId, 'region', where)
  }
  for (const edition of snapshot.editions) {
    for (const page of edition.pages) {
      for (const ref of page.stories) {
        if (!stories.has(storyKey(ref))) {
          problems.push(
            `edition ${edition.date} page ${page.number} lists ${ref.type} ${ref.id}, which is not in the snapshot`,
          )
        }
      }
    }
  }
  return problems
}
