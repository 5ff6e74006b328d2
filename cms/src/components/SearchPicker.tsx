'use client'
import React, { useEffect, useState } from 'react'

interface Props<T> {
  id: string
  label: string
  placeholder: string
  /** The API address that lists `docs` matching the typed words, or null to list nothing. */
  searchUrl: (words: string) => string | null
  keyOf: (item: T) => string | number
  describe: (item: T) => string
  /** The item chosen, or null when the words change. */
  onChoose: (item: T | null) => void
  chosen: boolean
}

/**
 * A search box that lists what the API finds as one types (a quarter second after the last key)
 * and lets one item be chosen: the admin's pickers over the division data and over regions.
 */
export function SearchPicker<T>({
  id,
  label,
  placeholder,
  searchUrl,
  keyOf,
  describe,
  onChoose,
  chosen,
}: Props<T>) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<T[]>([])

  useEffect(() => {
    const url = query.trim() ? searchUrl(query.trim()) : null
    if (!url) return setFound([])
    const search = async () => {
      const response = await fetch(url, { credentials: 'include' })
      setFound(response.ok ? ((await response.json()) as { docs: T[] }).docs : [])
    }
    const timer = setTimeout(() => void search(), 250)
    return () => clearTimeout(timer)
  }, [query, searchUrl])

  return (
    <>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={placeholder}
        onChange={(e) => {
          setQuery(e.target.value)
          onChoose(null)
        }}
        style={{ width: '100%' }}
      />
      {found.length > 0 && !chosen && (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {found.map((item) => (
            <li key={keyOf(item)}>
              <button type="button" className="btn--style-none" onClick={() => onChoose(item)}>
                {describe(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
