import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

/**
 * A REST list of stories answers what a list shows: without the body (an article's text, a
 * profile's chapters), which is most of a story's weight. One story (`/api/articles/:id`) comes
 * whole, and a list that names its fields (`?select[body]=true`) gets what it names. The CMS's own
 * Local API reads — the site build, the admin — and GraphQL, where the query names its fields, are
 * left alone.
 */
export const leaveBodiesOutOfLists =
  <S extends CollectionSlug>(bodyField: string): CollectionBeforeOperationHook<S> =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.payloadAPI !== 'REST') return args
    // findByID carries an id; reads that populate relationships carry their depth.
    if (('id' in args && args.id !== undefined) || 'currentDepth' in args) return args
    if (args.select && Object.keys(args.select).length > 0) return args
    return { ...args, select: { [bodyField]: false } }
  }
