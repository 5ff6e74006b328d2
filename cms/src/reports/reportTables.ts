import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'

import { BYLINE_ROLES, type BylineRole } from '../fields/bylines'
import { paperTime } from '../lib/paperTime'
import type { MonthlyReport } from './monthlyReport'

const KINDS = { staff: '记者', correspondent: '通讯员', photographer: '摄影', guest: '特约作者' }


export type Cell = string | number
export type Table = { title: string; header: string[]; rows: Cell[][] }

export const TABLE_NAMES = ['contributors', 'affiliations', 'details', 'withdrawn'] as const
export type TableName = (typeof TABLE_NAMES)[number]

/**
 * The report as tables, the same for the admin view, the .csv and the .xlsx: by contributor (with
 * a total line), by affiliation, one line per person and story, and the stories that dropped out.
 */
export function reportTables(report: MonthlyReport): Record<TableName, Table> {
  const names = new Map(report.contributors.map((c) => [c.contributorId, c.name]))
  const { totals } = report
  return {
    contributors: {
      title: '按作者',
      header: ['姓名', '身份', '单位', '投稿', '见报', '图片', '稿费（元）'],
      rows: [
        ...report.contributors.map((c) => [
          c.name,
          KINDS[c.kind],
          c.affiliation,
          c.filed,
          c.published,
          c.photos,
          c.fee,
        ]),
        [
          '合计',
          '',
          `${totals.contributors}人`,
          totals.filed,
          totals.published,
          totals.photos,
          totals.fee,
        ],
      ],
    },
    affiliations: {
      title: '按单位',
      header: ['单位', '人数', '投稿', '见报', '图片', '稿费（元）'],
      rows: report.affiliations.map((a) => [
        a.affiliation,
        a.contributors,
        a.filed,
        a.published,
        a.photos,
        a.fee,
      ]),
    },
    details: {
      title: '明细',
      header: ['姓名', '稿件', '类型', '发布时间', '署名', '图片', '稿费（元）'],
      rows: report.details.map((d) => [
        names.get(d.contributorId) ?? d.contributorId,
        d.title,
        d.type === 'article' ? '稿件' : '口述实录',
        paperTime(d.publishedAt),
        d.roles.map((r) => BYLINE_ROLES[r as BylineRole]?.zh ?? r).join('、') || '摄影（图片署名）',
        d.photos,
        d.fee,
      ]),
    },
    withdrawn: {
      title: '已撤稿（不计入）',
      header: ['稿件', '类型', '首发时间'],
      rows: report.withdrawn.map((w) => [
        w.title,
        w.type === 'article' ? '稿件' : '口述实录',
        paperTime(w.publishedAt),
      ]),
    },
  }
}

/** One table as CSV, with a byte-order mark so that Excel reads the Chinese as UTF-8. */
export function reportCsv(report: MonthlyReport, name: TableName): string {
  const table = reportTables(report)[name]
  return `\uFEFF${stringify([table.header, ...table.rows])}`
}

/** The whole report as an Excel workbook: one sheet per table. */
export async function reportXlsx(report: MonthlyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '县域新闻'
  for (const table of Object.values(reportTables(report))) {
    const sheet = workbook.addWorksheet(table.title)
    sheet.addRow(table.header).font = { bold: true }
    sheet.addRows(table.rows)
    sheet.columns.forEach((column, i) => {
      column.width = i === 1 && table.title === '明细' ? 40 : 16
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
