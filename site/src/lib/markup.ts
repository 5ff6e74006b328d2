/**
 * Escaping for markup we write ourselves. Astro escapes text content fully but attribute values
 * only for `&` and `"`: safe in a browser, yet a headline holding `<img onerror=…>` would still
 * appear verbatim inside `<meta content="…">`, where feed readers, scrapers and filters that do
 * not parse HTML properly could pick it up. Attributes that carry reporters' free text (titles,
 * excerpts, alt text) are therefore written through `voidElement`, which escapes `<` and `>` too.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text for element content or an attribute value, in HTML or XML. */
export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c])

export type Attributes = Record<string, string | number | boolean | null | undefined>

/**
 * A void element (`<meta>`, `<link>`, `<img>`) with every attribute value escaped; `true` writes
 * a bare attribute, `false`, null and undefined leave it out.
 */
export function voidElement(name: 'meta' | 'link' | 'img', attributes: Attributes): string {
  const rendered = Object.entries(attributes).flatMap(([key, value]) => {
    if (value === undefined || value === null || value === false) return []
    if (!/^[a-z][a-z0-9:-]*$/.test(key)) throw new Error(`not an attribute name: ${key}`)
    return [value === true ? key : `${key}="${escapeMarkup(String(value))}"`]
  })
  return `<${[name, ...rendered].join(' ')}>`
}
