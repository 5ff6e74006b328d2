import React from 'react'

import type { MonthlyReport } from '../reports/monthlyReport'
import { reportTables, TABLE_NAMES, type Table } from '../reports/reportTables'

const REPORT_API = '/api/reports/monthly'

function ReportTable({ table, linkFirstColumn }: { table: Table; linkFirstColumn?: string[] }) {
  return (
    <table className="table" style={{ width: '100%', marginBottom: 'var(--base)' }}>
      <thead>
        <tr>
          {table.header.map((h) => (
            <th key={h} style={{ textAlign: 'left' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>
                {j === 0 && linkFirstColumn?.[i] ? <a href={linkFirstColumn[i]}>{cell}</a> : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * The month's fee report as the desk reads it: by contributor (each name opens that person's
 * detail), by affiliation, the stories that dropped out, and the downloads. `personal`: a
 * reporter's own detail, without downloads or a way back to everyone's sums.
 */
export function MonthlyReportTables({
  report,
  contributorId,
  personal = false,
}: {
  report: MonthlyReport
  contributorId?: string | null
  personal?: boolean
}) {
  const tables = reportTables(report)
  const query = `month=${report.month}`
  const person = report.contributors.find((c) => c.contributorId === contributorId)
  return (
    <div data-testid="monthly-report">
      {!personal && (
        <p>
          下载：<a href={`${REPORT_API}?${query}&format=xlsx`}>Excel（.xlsx，全部）</a>
          {TABLE_NAMES.map((name) => (
            <React.Fragment key={name}>
              {' · '}
              <a href={`${REPORT_API}?${query}&format=csv&table=${name}`}>
                {tables[name].title}（.csv）
              </a>
            </React.Fragment>
          ))}
        </p>
      )}
      <p>
        投稿按稿件创建时间计，见报、图片与稿费按首次发布时间计（北京时间）；同一单位多人合写的稿件在单位合计中只计一次。
      </p>
      {report.withdrawn.length > 0 && (
        <section aria-labelledby="withdrawn-heading" data-testid="report-withdrawn">
          <h3 id="withdrawn-heading">
            已撤稿 {report.withdrawn.length} 篇：本月发布后又撤下，不计入见报数和稿费
          </h3>
          <ReportTable table={tables.withdrawn} />
        </section>
      )}
      {person ? (
        <section aria-labelledby="detail-heading" data-testid="report-detail">
          <h3 id="detail-heading">
            {person.name}（{person.affiliation}）本月明细：见报 {person.published} 篇，图片{' '}
            {person.photos} 幅，稿费 {person.fee} 元
            {!personal && (
              <>
                {' · '}
                <a href={`?${query}`}>返回汇总</a>
              </>
            )}
          </h3>
          <ReportTable
            table={{
              ...tables.details,
              rows: tables.details.rows.filter(
                (_, i) => report.details[i].contributorId === contributorId,
              ),
            }}
          />
        </section>
      ) : personal ? (
        <p>本月没有您的见报稿件或投稿记录。</p>
      ) : (
        <>
          <h3>{tables.contributors.title}</h3>
          <ReportTable
            table={tables.contributors}
            linkFirstColumn={report.contributors.map(
              (c) => `?${query}&contributor=${encodeURIComponent(c.contributorId)}`,
            )}
          />
          <h3>{tables.affiliations.title}</h3>
          <ReportTable table={tables.affiliations} />
        </>
      )}
    </div>
  )
}
