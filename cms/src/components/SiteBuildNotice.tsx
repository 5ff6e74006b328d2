'use client'
import React, { useEffect, useState } from 'react'

type Status = {
  running: { reason: string | null } | null
  queued: number
  lastFinished: { ok: boolean; finishedAt: string; error: string | null } | null
  estimatedSecondsToLive: number
}

/**
 * Beside the publish button: how soon a publish reaches readers, and whether the last build failed.
 * Polls while the editor has the story open, so a publish shows its build moving.
 */
export function SiteBuildNotice() {
  const [status, setStatus] = useState<Status | null>(null)
  useEffect(() => {
    let alive = true
    const load = () =>
      fetch('/api/site-build', { credentials: 'include' })
        .then((r) => (r.ok ? r.json() : null))
        .then((s: Status | null) => alive && setStatus(s))
        .catch(() => undefined)
    void load()
    const timer = setInterval(() => void load(), 5000)
    return () => {
      alive = false
      clearInterval(timer)
    }
  }, [])
  if (!status) return null
  return (
    <div className="field-type" data-testid="site-build-notice" style={{ fontSize: '0.9em' }}>
      <p>发布后约 {status.estimatedSecondsToLive} 秒在网站上线。</p>
      {status.running ? (
        <p>网站正在构建{status.queued ? `，另有 ${status.queued} 个排队` : ''}。</p>
      ) : null}
      {status.lastFinished && !status.lastFinished.ok ? (
        <p role="alert">上次构建失败：{status.lastFinished.error}</p>
      ) : null}
    </div>
  )
}
