import type { Endpoint } from 'payload'

import { isDeskUser } from '../access/checkRole'
import { loadMonthlyReport } from '../reports/loadMonthlyReport'
import { parseMonth } from '../reports/monthlyReport'
import { reportCsv, reportXlsx, TABLE_NAMES, type TableName } from '../reports/reportTables'

const refuse = (error: string, status: number) => Response.json({ error }, { status })

/**
 * GET /api/reports/monthly?month=2025-12&format=json|csv|xlsx[&table=contributors] — the month's
 * fee report for the desk: JSON, one table as CSV, or the whole report as an Excel workbook.
 */
export const monthlyReportEndpoint: Endpoint = {
  path: '/reports/monthly',
  method: 'get',
  handler: async (req) => {
    if (!isDeskUser(req.user)) return refuse('只有编辑和管理员可以查看稿费报表 (forbidden)', 403)
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const parsed = parseMonth(params.get('month'))
    if ('error' in parsed) return refuse(parsed.error, 400)
    const format = params.get('format') ?? 'json'
    const table = (params.get('table') ?? 'contributors') as TableName
    if (!TABLE_NAMES.includes(table)) {
      return refuse(`没有名为“${table}”的表，可选：${TABLE_NAMES.join('、')}`, 400)
    }
    const report = await loadMonthlyReport(req.payload, parsed.month)
    const download = (name: string) => ({
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    })
    if (format === 'json')
      return Response.json(report, { headers: { 'cache-control': 'no-store' } })
    if (format === 'csv') {
      return new Response(reportCsv(report, table), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          ...download(`gaofei-${parsed.month}-${table}.csv`),
        },
      })
    }
    if (format === 'xlsx') {
      return new Response(new Uint8Array(await reportXlsx(report)), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ...download(`gaofei-${parsed.month}.xlsx`),
        },
      })
    }
    return refuse(`不支持的格式“${format}”，可选：json、csv、xlsx`, 400)
  },
}
