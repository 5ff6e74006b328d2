'use client'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { DivisionCandidate } from '../../../seeds/area/divisions'

const BASE = '/api/globals/paper-settings'

/**
 * 报社设置's coverage-area picker: search the national division data for a prefecture or county,
 * choose how deep to go, and set up the region tree as `npm run area` does (the same code, through
 * `POST /api/globals/paper-settings/area`). Safe to run again: what editors changed stays.
 */
export function CoverageAreaPicker() {
  const router = useRouter()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<DivisionCandidate[]>([])
  const [chosen, setChosen] = useState<DivisionCandidate | null>(null)
  const [depth, setDepth] = useState<'town' | 'community'>('town')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const words = query.trim()
    if (!words) return setFound([])
    const timer = setTimeout(async () => {
      const response = await fetch(`${BASE}/divisions?q=${encodeURIComponent(words)}`, {
        credentials: 'include',
      })
      setFound(response.ok ? ((await response.json()) as { docs: DivisionCandidate[] }).docs : [])
    }, 250)
    return () => clearTimeout(timer)
  }, [query])

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
      <label className="field-label" htmlFor="coverage-area-query">
        从全国区划数据建立覆盖地区
      </label>
      <input
        id="coverage-area-query"
        type="search"
        value={query}
        placeholder="州（市）或区县名称、区划代码，如 伊犁、654021"
        onChange={(e) => {
          setQuery(e.target.value)
          setChosen(null)
        }}
        style={{ width: '100%' }}
      />
      {found.length > 0 && !chosen && (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {found.map((d) => (
            <li key={d.code}>
              <button type="button" className="btn--style-none" onClick={() => setChosen(d)}>
                {d.name}（{d.within}，{d.code}）
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <p>
          {chosen.name}（{chosen.code}）建到{' '}
          <select value={depth} onChange={(e) => setDepth(e.target.value as 'town' | 'community')}>
            <option value="town">乡镇、街道</option>
            <option value="community">村、社区（地区较多）</option>
          </select>{' '}
          <button type="button" disabled={busy} onClick={setUp}>
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
