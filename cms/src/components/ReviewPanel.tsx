'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { paperTime } from '../lib/paperTime'
import type { CheckHit } from '../lib/proofread'
import { TERM_CATEGORIES } from '../lib/termCategories'
import type { ReviewState } from '../lib/signOff'

/** What the review endpoints answer when they refuse (lib/signOff.ts's ReviewRefusal). */
type RefusalBody = { error?: string }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  padding: 'calc(var(--base) * 0.75)',
  marginBottom: 'var(--base)',
}

/** One hit in its sentence: the matched words marked, the rule and the suggestion beside them. */
function Hit({ hit, kept }: { hit: CheckHit; kept: boolean }) {
  const banned = hit.level === 'banned'
  return (
    <li data-testid="check-hit" data-level={hit.level} style={{ marginBottom: '0.5em' }}>
      <strong>{hit.label}</strong>：…{hit.before}
      <mark
        style={{
          background: banned ? '#ffd1d1' : '#fff1b8',
          outline: banned ? '2px solid #d33' : '1px solid #d9a400',
          padding: '0 2px',
        }}
      >
        {hit.match}
      </mark>
      {hit.after}…
      <br />
      <small>
        {banned ? (kept ? '禁用词（终审已保留）' : '禁用词，阻止签发') : '提示'} ·{' '}
        {TERM_CATEGORIES[hit.category].zh}
        {hit.suggestion ? ` · 建议改为“${hit.suggestion}”` : ''}
        {hit.note ? ` · ${hit.note}` : ''}
      </small>
    </li>
  )
}

/**
 * 三审三校 on the story's edit page: where it stands, the check's hits highlighted in their text,
 * and — for the person whose turn it is — the sign-off, through the same REST endpoint scripts use.
 * Checks the last saved version (autosave keeps it current). Times are in the paper's `timeZone`.
 */
export function ReviewPanel({ timeZone }: { timeZone: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const [state, setState] = useState<ReviewState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const base = id ? `/api/${collectionSlug}/${id}` : null

  const load = useCallback(async () => {
    if (!base) return
    const response = await fetch(`${base}/review`, { credentials: 'include' })
    if (response.ok) setState((await response.json()) as ReviewState)
    else setError(((await response.json()) as RefusalBody).error ?? '无法读取审校状态')
  }, [base])

  useEffect(() => {
    load().catch(() => setError('无法读取审校状态'))
  }, [load])

  const post = async (path: string, payload: Record<string, string>) => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${base}/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      })
      if (!response.ok) {
        setError(((await response.json()) as RefusalBody).error ?? `操作失败 (${response.status})`)
        return
      }
      // The form shows the new workflow and sign-offs only after a reload.
      if (path === 'sign-off') window.location.reload()
      else setState((await response.json()) as ReviewState)
    } finally {
      setBusy(false)
    }
  }

  if (!base) return null
  if (!state) {
    return (
      <div style={box} data-testid="review-panel">
        {error ? <p role="alert">{error}</p> : <p>正在读取审校状态…</p>}
      </div>
    )
  }
  const kept = new Set(state.overrides.map((o) => o.term))
  const bannedLeft = [
    ...new Set(
      state.hits.filter((h) => h.level === 'banned' && !kept.has(h.term)).map((h) => h.term),
    ),
  ]
  const active = state.signOffs.filter((s) => !s.supersededAt)
  return (
    <section style={box} data-testid="review-panel" aria-labelledby="review-heading">
      <h3 id="review-heading" style={{ marginTop: 0 }}>
        三审三校
      </h3>
      <ol style={{ display: 'flex', gap: 'var(--base)', listStyle: 'none', padding: 0 }}>
        {state.stages.map(({ stage, label }) => {
          const signed = active.find((s) => s.stage === stage)
          return (
            <li key={stage} data-testid={`stage-${stage}`}>
              <strong>{label}</strong>：
              {signed
                ? `✓ ${signed.signer} ${paperTime(signed.signedAt, timeZone)}`
                : state.nextStage === stage
                  ? '待签'
                  : '—'}
            </li>
          )
        })}
      </ol>
      {state.returnedReason ? <p role="status">退回原因：{state.returnedReason}</p> : null}

      <h4>校对</h4>
      {state.hits.length === 0 ? (
        <p data-testid="check-clean">未发现禁用词或易错字词。</p>
      ) : (
        <ul data-testid="check-hits" style={{ paddingLeft: '1.2em' }}>
          {state.hits.map((hit) => (
            <Hit key={`${hit.path}-${hit.start}-${hit.term}`} hit={hit} kept={kept.has(hit.term)} />
          ))}
        </ul>
      )}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => void load()}
      >
        重新校对
      </button>

      {state.mayOverride && bannedLeft.length ? (
        <div>
          <h4>终审保留禁用词</h4>
          {bannedLeft.map((term) => (
            <p key={term}>
              <label>
                “{term}”保留理由：
                <input
                  type="text"
                  value={reasons[term] ?? ''}
                  onChange={(e) => setReasons({ ...reasons, [term]: e.target.value })}
                  data-testid={`keep-reason-${term}`}
                />
              </label>{' '}
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={busy || !reasons[term]?.trim()}
                onClick={() => void post('keep-term', { term, reason: reasons[term] ?? '' })}
              >
                保留
              </button>
            </p>
          ))}
        </div>
      ) : null}

      {state.nextStage ? (
        state.refusal ? (
          <p data-testid="sign-off-refusal">{state.refusal.message}</p>
        ) : (
          <div>
            <label>
              {state.stages.find((s) => s.stage === state.nextStage)?.label}意见（可选）
              <textarea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                rows={2}
                style={{ width: '100%' }}
                data-testid="sign-off-note"
              />
            </label>
            <button
              type="button"
              className="btn btn--style-primary"
              disabled={busy || state.unresolved > 0}
              data-testid="sign-off-button"
              onClick={() => void post('sign-off', { stage: state.nextStage as string, note })}
            >
              签发{state.stages.find((s) => s.stage === state.nextStage)?.label}
            </button>
            {state.unresolved > 0 ? (
              <p>有 {state.unresolved} 处禁用词未处理，暂不能签发。</p>
            ) : null}
          </div>
        )
      ) : (
        <p data-testid="ready-to-publish">
          {state.readyToPublish ? '终审已签，可以发布或定时发布。' : '终审已签，但之后文字有改动。'}
        </p>
      )}
      {state.signOffs.length || state.overrides.length ? (
        <details data-testid="review-records">
          <summary>签发记录（{state.signOffs.length}）</summary>
          <ol>
            {state.signOffs.map((s, i) => (
              <li key={i} style={s.supersededAt ? { color: 'var(--theme-elevation-500)' } : {}}>
                {s.label} · {s.signer} · {paperTime(s.signedAt, timeZone)}
                {s.sameSignerAllowed ? ' · 按审校设置由复审人兼签' : ''}
                {s.note ? ` · 意见：${s.note}` : ''}
                {s.supersededAt
                  ? ` · 已失效（${s.supersededReason ?? ''}，${paperTime(s.supersededAt, timeZone)}）`
                  : ''}
              </li>
            ))}
            {state.overrides.map((o) => (
              <li key={`keep-${o.term}-${o.at}`}>
                终审保留“{o.term}” · {o.by} · {paperTime(o.at, timeZone)} · 理由：{o.reason}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </section>
  )
}
