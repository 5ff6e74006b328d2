'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useState } from 'react'

import type { Region } from '../payload-types'
import { SearchPicker } from './SearchPicker'

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
  const level = useFormFields(([fields]) => fields.level?.value as Region['level'] | undefined)
  const [chosen, setChosen] = useState<Found | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const searchUrl = useCallback(
    (words: string) =>
      id && level
        ? `/api/regions?${new URLSearchParams({
            'where[searchName][like]': words,
            'where[level][equals]': level,
            'where[id][not_equals]': String(id),
            limit: '10',
            depth: '1',
          })}`
        : null,
    [id, level],
  )

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
      <SearchPicker<Found>
        id="merge-region-query"
        label="合并到（本地区将被删除）"
        placeholder="输入要保留的同级地区名称"
        searchUrl={searchUrl}
        keyOf={(r) => r.id}
        describe={(r) => (countyName(r) ? `${r.name}（${countyName(r)}）` : r.name)}
        onChoose={setChosen}
        chosen={chosen !== null}
      />
      {chosen && (
        <p>
          把本地区的下级地区、稿件和图片并入“{chosen.name}”，然后删除本地区。{' '}
          <button type="button" disabled={busy} onClick={() => void merge()}>
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
