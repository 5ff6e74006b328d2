import type { Payload } from 'payload'
import React from 'react'

import { paperTime } from '../lib/paperTime'
import { getSiteBuildStatus } from '../siteBuild/status'

/** The dashboard's account of the public site: last build, how long it took, failures and queue. */
export async function SiteBuildStatus({ payload }: { payload: Payload }) {
  const status = await getSiteBuildStatus(payload)
  const last = status.lastFinished
  return (
    <section
      aria-labelledby="site-build-heading"
      style={{ marginBottom: 'var(--base)' }}
      data-testid="site-build-status"
    >
      <h2 id="site-build-heading">网站发布状态</h2>
      <ul>
        <li>
          最近一次构建：
          {last
            ? `${paperTime(last.finishedAt)} · ${last.ok ? '成功' : '失败'}${
                last.result
                  ? ` · 用时 ${(last.result.durationMs / 1000).toFixed(1)} 秒 · ${last.result.stories} 篇稿件`
                  : ''
              }`
            : '尚未构建'}
        </li>
        {last && !last.ok ? (
          <li role="alert">失败原因：{last.error}（线上网站保持上一版不变）</li>
        ) : null}
        {status.lastSuccess && status.lastSuccess !== last ? (
          <li>线上版本：{paperTime(status.lastSuccess.finishedAt)} 构建</li>
        ) : null}
        <li>
          {status.running ? `正在构建（${status.running.reason ?? ''}）` : '当前没有构建'}
          {status.queued ? ` · 排队 ${status.queued} 个` : ''}
        </li>
        <li>现在发布的稿件约 {status.estimatedSecondsToLive} 秒后上线。</li>
      </ul>
    </section>
  )
}
