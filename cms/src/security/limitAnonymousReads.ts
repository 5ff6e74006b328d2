import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from './publicError'

/** The most documents one anonymous request may ask for: a generous page, never the archive. */
export const ANONYMOUS_PAGE_LIMIT = 100

const REFUSED = `匿名请求须分页读取，每页最多 ${ANONYMOUS_PAGE_LIMIT} 条 (anonymous reads are paginated, at most ${ANONYMOUS_PAGE_LIMIT} per page)`

/**
 * Caps what a reader without a login can pull in one REST or GraphQL request: `limit` is clamped
 * to a page, and `limit=0`, a negative limit or `pagination=false` (everything at once) are
 * refused. Left alone: the newsroom, the CMS's own Local API reads (the site build reads every
 * published story at once), and reads Payload makes on its own behalf within a request.
 */
export const limitAnonymousReads: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (req.user || req.payloadAPI === 'local' || overrideAccess) return args
  if (operation !== 'read' && operation !== 'readDistinct') return args
  // Populating relationships reads every related id in one unpaginated find that carries
  // `currentDepth`; only the request's own read, which never does, holds the reader's options.
  if ('currentDepth' in args) return args
  // findByID carries neither option; find, findVersions and findDistinct do.
  if ('pagination' in args && args.pagination === false) {
    throw publicError(REFUSED, 400)
  }
  if (!('limit' in args) || args.limit === undefined) return args
  // 0 means "no limit" to Payload, and a negative LIMIT means the same to SQLite.
  if (!(args.limit >= 1)) throw publicError(REFUSED, 400)
  return { ...args, limit: Math.min(Math.floor(args.limit), ANONYMOUS_PAGE_LIMIT) }
}
