/** The id of a relationship value, whether Payload returned it populated or as a bare id. */
export function relationId<T extends string | number>(
  value: T | { id: T } | null | undefined,
): T | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}
