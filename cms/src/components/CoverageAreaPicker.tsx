'use client'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { DivisionCandidate } from '../../../seeds/area/divisions'
import { SearchPicker } from './SearchPicker'

const BASE = '/api/globals/paper-settings'
const divisionsUrl = (words: string) => `${BASE}/divisions?q=${encodeURIComponent(words)}`

/**
 * 报社设置's coverage-area picker: search the national division data for a prefecture or county,
 * choose how deep to go, and set up the region tree as `npm run area` does (the same code, through
 * `POST /api/globals/paper-settings/area`). Safe to run again: what editors changed stays.
 */
export function CoverageAreaPicker() {
  const router = useRouter()
  const [chosen, setChosen] = useState<DivisionCandidate | null>(null)
  const [depth, setDepth] = useState<'town' | 'community'>('town')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  const setUp = async () => {
    if (!chosen) return
    setBusy(true)
    setMessage({ text: `正在建立“${chosen.name}”的地区树，地区多时需要一两分钟……`, error: false })
    try {
      const response = await fetch(`${BASE}/area`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: chosen.code, depth }),
      })
      const answer = (await response.json()) as {
        error?: string
        root?: { name: string }
        counts?: { regions?: { created: number; matched: number } }
      }
      if (!response.ok) {
        setMessage({ text: answer.error ?? `设置失败（${response.status}）`, error: true })
        return
      }
      const regions = answer.counts?.regions ?? { created: 0, matched: 0 }
      setMessage({
        text: `覆盖地区已设为${answer.root?.name}：新建地区 ${regions.created} 个，已有 ${regions.matched} 个。`,
        error: false,
      })
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid="coverage-area-picker" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <SearchPicker<DivisionCandidate>
        id="coverage-area-query"
        label="从全国区划数据建立覆盖地区"
        placeholder="州（市）或区县名称、区划代码，如 伊犁、654021"
        searchUrl={divisionsUrl}
        keyOf={(d) => d.code}
        describe={(d) => `${d.name}（${d.within}，${d.code}）`}
        onChoose={setChosen}
        chosen={chosen !== null}
      />
      {chosen && (
        <p>
          {chosen.name}（{chosen.code}）建到{' '}
          <select value={depth} onChange={(e) => setDepth(e.target.value as 'town' | 'community')}>
            <option value="town">乡镇、街道</option>
            <option value="community">村、社区（地区较多）</option>
          </select>{' '}
          <button type="button" disabled={busy} onClick={() => void setUp()}>
            建立地区树
          </button>
        </p>
      )}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          style={{ color: message.error ? 'var(--theme-error-500)' : undefined }}
        >
          {message.text}
        </p>
      )}
    </div>
  )
}
