'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { Region } from '../payload-types'

type Found = Pick<Region, 'id' | 'name' | 'level'> & { county?: { name?: string } | number | null }

const countyName = (r: Found) => (typeof r.county === 'object' && r.county?.name) || ''

/**
 * 合并地区 on a region's page: find the place this one duplicates (same level, by name, pinyin or
 * initials, as the pickers search), and merge this one into it through `POST /api/regions/:id/merge`.
 * The server refuses what must not happen and says why; the answer is shown as it is.
 */
export function MergeRegionPanel() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [level, setLevel] = useState<Region['level'] | null>(null)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found[]>([])
  const [chosen, setChosen] = useState<Found | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id) return
    void fetch(`/api/regions/${id}?depth=0`, { credentials: 'include' })
      .then((r) => r.json())
      .then((doc: Region) => setLevel(doc.level))
  }, [id])

  useEffect(() => {
    const words = query.trim()
    if (!id || !level || !words) return setFound([])
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({
        'where[searchName][like]': words,
        'where[level][equals]': level,
        'where[id][not_equals]': String(id),
        limit: '10',
        depth: '1',
      })
      const response = await fetch(`/api/regions?${params}`, { credentials: 'include' })
      setFound(response.ok ? ((await response.json()) as { docs: Found[] }).docs : [])
    }, 250)
    return () => clearTimeout(timer)
  }, [id, level, query])

  if (!id) return null

  const merge = async () => {
    if (!chosen) return
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/regions/${id}/merge`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ into: chosen.id }),
      })
      const answer = (await response.json()) as {
        error?: string
        stories?: number
        photos?: number
      }
      if (!response.ok) return setMessage(answer.error ?? `合并失败（${response.status}）`)
      router.push(`/admin/collections/regions/${chosen.id}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid="merge-region" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label" htmlFor="merge-region-query">
        合并到（本地区将被删除）
      </label>
      <input
        id="merge-region-query"
        type="search"
        value={query}
        placeholder="输入要保留的同级地区名称"
        onChange={(e) => {
          setQuery(e.target.value)
          setChosen(null)
        }}
        style={{ width: '100%' }}
      />
      {found.length > 0 && !chosen && (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {found.map((r) => (
            <li key={r.id}>
              <button type="button" className="btn--style-none" onClick={() => setChosen(r)}>
                {r.name}
                {countyName(r) ? `（${countyName(r)}）` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <p>
          把本地区的下级地区、稿件和图片并入“{chosen.name}”，然后删除本地区。{' '}
          <button type="button" disabled={busy} onClick={merge}>
            合并
          </button>
        </p>
      )}
      {message && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}
    </div>
  )
}
