/**
 * The contract between the CMS and the public site, in one module: the public snapshot's types
 * (`types.ts`) and the public store's format — its version, layout and entries (`store.ts`). The
 * site and its builder import it by one name, `#contract` (package.json `imports`), and nothing
 * else of the CMS.
 */
export type * from './types'
export * from './store'
