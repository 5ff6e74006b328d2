import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isDeskUser } from '../access/checkRole'
import { relationId } from '../lib/relationId'
import { loadMonthlyReport } from '../reports/loadMonthlyReport'
import { paperMonth, parseMonth, visibleReport } from '../reports/monthlyReport'
import { MonthlyReportTables } from './MonthlyReportTables'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/reports — 稿费月报: the desk picks a month and reads or downloads its fee report; a
 * reporter reads their own line and detail (我的稿费).
 */
export async function MonthlyReportView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const asked = one(searchParams?.month) ?? paperMonth(new Date().toISOString())
  const parsed = parseMonth(asked)
  const desk = isDeskUser(req.user)
  const own = relationId(req.user?.contributor)
  const viewer = req.user
    ? { role: req.user.role, contributorId: own === null ? null : String(own) }
    : null
  const allowed = desk || (viewer?.role === 'reporter' && viewer.contributorId !== null)
  const report =
    allowed && 'month' in parsed
      ? visibleReport(await loadMonthlyReport(req.payload, parsed.month), viewer)
      : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{desk ? '稿费月报' : '我的稿费'}</h1>
        {!allowed ? (
          <p>只有编辑和管理员可以查看稿费报表；记者的账号关联作者后可查看本人稿费。</p>
        ) : (
          <>
            <form method="get" style={{ margin: 'var(--base) 0' }}>
              <label>
                月份 <input type="month" name="month" defaultValue={asked} required />
              </label>{' '}
              <button type="submit">查看</button>
            </form>
            {'error' in parsed && <p role="alert">{parsed.error}</p>}
            {report && (
              <MonthlyReportTables
                report={report}
                contributorId={desk ? one(searchParams?.contributor) : viewer?.contributorId}
                personal={!desk}
              />
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
