import type { Contributor } from '@/payload-types'

import type { Transaction } from '../lib/allOrNothing'
import { findOrCreate } from '../lib/findOrCreate'
import type { Tally } from '../lib/tally'
import type { PrintedBylineRole, ParsedStory } from './types'

type DefaultRole = Contributor['defaultRole']

// 本报记者 and the compiler of a profile (本报记者/付小芳 整理) are staff; a narrator is a guest.
const ROLE_BY_BYLINE: Record<PrintedBylineRole, DefaultRole> = {
  reporter: 'staff',
  correspondent: 'correspondent',
  narrator: 'guest',
  compiler: 'staff',
}

/** The names a photo credit gives: "王正佳", or "张三、李四" for a shared credit. */
export const creditNames = (credit: string): string[] => credit.split('、').filter(Boolean)

/**
 * The role each person on a page is listed under when first added: as printed in their first
 * byline, or photographer when the page only credits them for photos.
 */
export function defaultRoles(stories: ParsedStory[]): Map<string, DefaultRole> {
  const roles = new Map<string, DefaultRole>()
  for (const { name, role } of stories.flatMap((story) => story.bylines)) {
    if (!roles.has(name)) roles.set(name, ROLE_BY_BYLINE[role])
  }
  for (const photo of stories.flatMap((story) => story.photos)) {
    for (const name of creditNames(photo.credit ?? '')) {
      if (!roles.has(name)) roles.set(name, 'photographer')
    }
  }
  return roles
}

/** Finds contributors by name, adding the missing ones with the role the page gives them. */
export class Contributors {
  private readonly ids = new Map<string, Contributor['id']>()

  constructor(
    private readonly tx: Transaction,
    private readonly tally: Tally,
    private readonly roles: Map<string, DefaultRole>,
  ) {}

  async idOf(name: string): Promise<Contributor['id']> {
    const known = this.ids.get(name)
    if (known !== undefined) return known
    const contributor = await findOrCreate(
      this.tx,
      this.tally,
      'contributors',
      { name: { equals: name } },
      { name, defaultRole: this.roles.get(name) ?? 'correspondent' },
    )
    this.ids.set(name, contributor.id)
    return contributor.id
  }
}
