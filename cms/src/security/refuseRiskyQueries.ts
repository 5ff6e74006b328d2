import type { CollectionBeforeOperationHook, FlattenedField, Sort, Where } from 'payload'

import { publicError } from './publicError'

/**
 * Fields Payload keeps on every account. Filters on them are refused by Payload itself, but sorting
 * stories by `createdBy.resetPasswordToken` or `createdBy.hash` is not, and the order of the results
 * then says something about another user's secret.
 */
const ACCOUNT_SECRETS = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'apiKey',
  'apiKeyIndex',
  '_verificationToken',
])

const REFUSED = '不支持此查询条件 (this query is not allowed)'

/** The field paths a `where` filters on, through every `and` / `or`. */
function wherePaths(where: Where | undefined): string[] {
  if (!where) return []
  return Object.entries(where).flatMap(([key, value]) =>
    (key === 'and' || key === 'or') && Array.isArray(value)
      ? value.flatMap((w: Where) => wherePaths(w))
      : [key],
  )
}

const sortPaths = (sort: Sort | undefined): string[] =>
  (Array.isArray(sort) ? sort : sort ? sort.split(',') : []).map((s) => s.trim().replace(/^-/, ''))

/** Version reads name fields as `version.title`; the rules apply to the field underneath. */
const segmentsOf = (path: string) => path.replace(/^version\./, '').split('.')

/**
 * Whether a path ends in an account secret: a secret field itself, or an email reached through a
 * relationship (an admin may sort the user list by email; a reporter may not sort stories by
 * their authors' addresses, which they are not allowed to read).
 */
function reachesAccountSecret(path: string): boolean {
  const segments = segmentsOf(path)
  if (segments.some((segment) => ACCOUNT_SECRETS.has(segment))) return true
  return segments.length > 1 && segments.at(-1) === 'email'
}

/** Whether a path leads into a JSON or rich-text field (whose contents are queried as JSON). */
function reachesJson(fields: FlattenedField[], [name, ...rest]: string[]): boolean {
  const field = fields.find((f) => 'name' in f && f.name === name)
  if (!field) return false
  if (field.type === 'json' || field.type === 'richText') return true
  if (rest.length === 0) return false
  if ('flattenedFields' in field) return reachesJson(field.flattenedFields, rest)
  if (field.type === 'blocks') {
    return field.blocks.some((block) => reachesJson(block.flattenedFields, rest))
  }
  return false
}

/**
 * Refuses, on REST and GraphQL reads:
 * - for everyone, sorting by an account secret, even through a relationship;
 * - for readers without a login, filtering or sorting inside JSON and rich-text fields. Nothing
 *   public needs it (the site searches with Pagefind), and queries into JSON are where database
 *   adapters have had injection bugs; on SQLite some such paths make Payload build invalid SQL.
 * The CMS's own Local API reads are left alone.
 */
export const refuseRiskyQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (req.payloadAPI === 'local' || overrideAccess) return args
  if (!['read', 'readDistinct', 'count', 'countVersions'].includes(operation)) return args
  const sorts = 'sort' in args ? sortPaths(args.sort) : []
  if (sorts.some(reachesAccountSecret)) throw publicError(REFUSED, 400)
  if (req.user) return args
  const filters = 'where' in args ? wherePaths(args.where) : []
  if (
    [...filters, ...sorts].some((path) => reachesJson(collection.flattenedFields, segmentsOf(path)))
  ) {
    throw publicError(REFUSED, 400)
  }
  return args
}
