import type { TypeWithID } from 'payload'

/**
 * A document of whichever collection a shared field is added to: the fields it reads by name are
 * `unknown` until checked, where Payload's own hook types say `any`.
 */
export type AnyDocument = TypeWithID & Record<string, unknown>
