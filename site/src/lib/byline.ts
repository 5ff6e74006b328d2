/**
 * Bylines and credits rendered back the way the paper prints them: 本报讯 记者 杨鹤 · 通讯员 王正佳、阿依曼,
 * □阿里木·司马义 口述 · 本报记者 付小芳 整理, and 王正佳 摄 under a photo. Each is a list of credit
 * groups, so one component renders them all with links and feeds get the same words as text.
 */
import type {
  BylineRole,
  Id,
  PublicByline,
  PublicContributor,
  PublicPhoto,
  PublicProfile,
} from '#contract'
import { contributorUrl } from './urls'

export type Person = { name: string; contributorId: Id | null }

/** Names sharing one credit, with the words printed before them (记者) and after them (整理). */
export type CreditGroup = { before: string; people: Person[]; after: string }

const ROLE_WORDS: Record<BylineRole, { before: string; after: string }> = {
  reporter: { before: '记者', after: '' },
  correspondent: { before: '通讯员', after: '' },
  photographer: { before: '摄影', after: '' },
  compiler: { before: '', after: '整理' },
  narrator: { before: '', after: '口述' },
}

/** Names sharing a role are joined the Chinese way; roles are set apart by a middle dot. */
export const NAME_SEPARATOR = '、'
export const GROUP_SEPARATOR = ' · '
/** The print bullet that opens a first-person profile's credit. */
export const PROFILE_CREDIT_MARK = '□'

/** Bylines grouped by role, roles in the order they first appear, names in the order given. */
export function groupBylines(bylines: readonly PublicByline[]): CreditGroup[] {
  const groups = new Map<BylineRole, CreditGroup>()
  for (const { role, name, contributorId } of bylines) {
    const group = groups.get(role) ?? { ...ROLE_WORDS[role], people: [] }
    group.people.push({ name, contributorId })
    groups.set(role, group)
  }
  return [...groups.values()]
}

/** Credit groups as one line of text. */
export function creditText(groups: readonly CreditGroup[]): string {
  return groups
    .map(({ before, people, after }) =>
      [before, people.map((p) => p.name).join(NAME_SEPARATOR), after].filter(Boolean).join(' '),
    )
    .join(GROUP_SEPARATOR)
}

/** `本报讯 记者 杨鹤 · 通讯员 王正佳、阿依曼、留莉莉`. */
export function formatByline(
  dateline: string | null | undefined,
  bylines: readonly PublicByline[],
): string {
  return [dateline, creditText(groupBylines(bylines))].filter(Boolean).join(' ')
}

/** How the paper titles a contributor: its own staff are 本报记者; guests go untitled. */
export const CONTRIBUTOR_TITLES: Record<PublicContributor['defaultRole'], string> = {
  staff: '本报记者',
  correspondent: '通讯员',
  photographer: '摄影记者',
  guest: '',
}

type Roles = ReadonlyMap<Id, Pick<PublicContributor, 'defaultRole'>>
const titleOf = (role: PublicContributor['defaultRole'] | undefined) =>
  role ? CONTRIBUTOR_TITLES[role] : ''

/**
 * A first-person profile's credit: the narrator tells (口述), the compiler writes it down (整理),
 * titled by their standing with the paper (本报记者).
 */
export function profileCredit(
  profile: Pick<PublicProfile, 'narrator' | 'compiler'>,
  contributors: Roles,
): CreditGroup[] {
  const { narrator, compiler } = profile
  const groups: CreditGroup[] = [
    {
      ...ROLE_WORDS.narrator,
      // The exporter leaves the id empty when the narrator's record is gone; the name still prints.
      people: [{ name: narrator.name, contributorId: narrator.contributorId || null }],
    },
  ]
  if (compiler) {
    groups.push({
      before: titleOf(contributors.get(compiler.contributorId)?.defaultRole),
      people: [{ name: compiler.name, contributorId: compiler.contributorId }],
      after: ROLE_WORDS.compiler.after,
    })
  }
  return groups
}

/** `□阿里木·司马义 口述 · 本报记者 付小芳 整理`. */
export function formatProfileCredit(
  profile: Pick<PublicProfile, 'narrator' | 'compiler'>,
  contributors: Roles,
): string {
  return PROFILE_CREDIT_MARK + creditText(profileCredit(profile, contributors))
}

/** A photographer is credited `王正佳 摄`; an agency line (新华社) prints as given. */
export function photoCredit(credit: PublicPhoto['credit']): CreditGroup | null {
  if (!credit) return null
  const { name, contributorId } = credit
  return { before: '', people: [{ name, contributorId }], after: contributorId ? '摄' : '' }
}

/** A credited name as a page shows it: linked to the contributor's page when there is one. */
export type CreditedName = { name: string; url: string | null }

/** A credit group with its names resolved to links, for the templates to render as given. */
export type CreditLine = { before: string; people: CreditedName[]; after: string }

/** Credit groups with each name linked to its contributor's page, when the page knows them. */
export function linkCredits(
  groups: readonly CreditGroup[],
  contributors: ReadonlyMap<Id, PublicContributor>,
): CreditLine[] {
  return groups.map(({ before, people, after }) => ({
    before,
    people: people.map(({ name, contributorId }) => {
      const contributor = contributorId ? contributors.get(contributorId) : undefined
      return { name, url: contributor ? contributorUrl(contributor) : null }
    }),
    after,
  }))
}
