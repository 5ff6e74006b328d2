/**
 * Who may do what, written by hand from the product's rules (README's "Roles and workflow",
 * DESIGN.md §1, docs/security.md) — never derived from cms/src/access, which is what it checks.
 * A collection or global in the Payload config without a row here fails the matrix, and so does a
 * row whose operations do not match the features the collection has (versions, trash, accounts).
 */

export const ROLES = ['anonymous', 'reporter', 'editor', 'admin'] as const
export type RoleName = (typeof ROLES)[number]

/**
 * `yes`: allowed on anyone's document. `no`: refused, even on the role's own. `own`: allowed on the
 * role's own document (a reporter's story while it is being drafted, their upload, their account,
 * their admin preferences), refused on anyone else's. `published`: the published document is
 * read, a draft is not there.
 */
export type Outcome = 'yes' | 'no' | 'own' | 'published'

export type Operation =
  'create' | 'read' | 'update' | 'delete' | 'readVersions' | 'restoreVersion' | 'trash' | 'unlock'

export type Cells = Record<RoleName, Outcome>

/** Outcomes in the order of `ROLES`: anonymous, reporter, editor, admin. */
const by = (anonymous: Outcome, reporter: Outcome, editor: Outcome, admin: Outcome): Cells => ({
  anonymous,
  reporter,
  editor,
  admin,
})

const nobody = by('no', 'no', 'no', 'no')
const desk = by('no', 'no', 'yes', 'yes')
const admins = by('no', 'no', 'no', 'yes')
const newsroom = by('no', 'yes', 'yes', 'yes')
const everyone = by('yes', 'yes', 'yes', 'yes')

/**
 * Stories: a reporter files them and changes their own while drafting; the desk edits, trashes
 * and restores anything; only an admin removes one for good; readers see what is published.
 */
const story = {
  create: newsroom,
  read: by('published', 'yes', 'yes', 'yes'),
  update: by('no', 'own', 'yes', 'yes'),
  delete: admins,
  readVersions: newsroom,
  restoreVersion: by('no', 'own', 'yes', 'yes'),
  trash: desk,
}

/** Collections the APIs reach. Operations a collection lacks (no versions, no trash) are absent. */
export const COLLECTIONS: Record<string, Partial<Record<Operation, Cells>>> = {
  articles: story,
  profiles: story,
  // An edition is the desk's: reporters read it in the newsroom, readers once it is published.
  editions: {
    create: desk,
    read: by('published', 'yes', 'yes', 'yes'),
    update: desk,
    delete: admins,
    readVersions: newsroom,
    restoreVersion: desk,
    trash: desk,
  },
  // Amended, never removed; the public gets them through the site only.
  corrections: {
    create: desk,
    read: desk,
    update: desk,
    delete: nobody,
    readVersions: desk,
    restoreVersion: desk,
  },
  media: { create: newsroom, read: everyone, update: by('no', 'own', 'yes', 'yes'), delete: desk },
  // The paper before it is out: newsroom only.
  'page-prints': { create: desk, read: newsroom, update: desk, delete: desk },
  // A reporter may add the correspondent whose story they file.
  contributors: { create: newsroom, read: everyone, update: desk, delete: admins },
  regions: { create: desk, read: everyone, update: desk, delete: admins },
  columns: { create: desk, read: everyone, update: desk, delete: admins },
  'proofreading-terms': { create: desk, read: newsroom, update: desk, delete: desk },
  // Accounts are the admin's; everyone else sees and edits only their own (never their role).
  users: {
    create: admins,
    read: by('no', 'own', 'own', 'yes'),
    update: by('no', 'own', 'own', 'yes'),
    delete: admins,
    unlock: admins,
  },
  // The site builder's own bookkeeping.
  'site-changes': { create: nobody, read: nobody, update: nobody, delete: nobody },
  // Jobs are queued, run and cancelled through the jobs API only (JOBS below).
  'payload-jobs': { create: nobody, read: nobody, update: nobody, delete: nobody },
  // Payload's key-value store: the CMS's own.
  'payload-kv': { create: nobody, read: nobody, update: nobody, delete: nobody },
  // Edit locks: the admin shows and takes over each other's, as Payload's admin does.
  'payload-locked-documents': {
    create: newsroom,
    read: newsroom,
    update: newsroom,
    delete: newsroom,
  },
  // Column choices and the like: each person's own, admins included.
  'payload-preferences': {
    create: newsroom,
    read: by('no', 'own', 'own', 'own'),
    update: by('no', 'own', 'own', 'own'),
    delete: by('no', 'own', 'own', 'own'),
  },
}

/** Collections no API reaches at all (no REST endpoints, no GraphQL): the CMS's own code only. */
export const INTERNAL_COLLECTIONS = ['payload-migrations']

export const GLOBALS: Record<string, Partial<Record<'read' | 'update', Cells>>> = {
  // Everything in it is printed on the site.
  'paper-settings': { read: everyone, update: admins },
  // Fees are the desk's business; admins set the rates.
  'fee-rates': { read: desk, update: admins },
  'review-settings': { read: newsroom, update: admins },
}

/** Jobs publish and rebuild the site: the desk's alone. */
export const JOBS: Record<'queue' | 'run' | 'cancel', Cells> = {
  queue: desk,
  run: desk,
  cancel: desk,
}
