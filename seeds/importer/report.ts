import { COUNTED, formatCounts } from '../lib/tally'
import type { ImportReport } from './importPage'
import { PENDING_MARK } from './placeholder'

/** The human-readable summary an import ends with: what it made, what it found, what to check. */
export function formatImportReport(report: ImportReport): string {
  const page = `第${report.page}版${report.pageName ? ` ${report.pageName}` : ''}`
  const edition = `${report.date}${report.edition.number ? ` 第${report.edition.number}期` : ''}`
  const editionState = report.edition.created
    ? '新建 created'
    : report.edition.updated
      ? '已有，已更新版面 matched, page updated (new draft)'
      : '已有，未改动 matched, unchanged'
  const lines = [
    `导入完成 (import done): ${edition} ${page} — 期次 edition #${report.edition.id} ${editionState}`,
    ...report.stories.map(
      (story, index) =>
        `  ${index + 1}. ${story.created ? '新建 created' : '已有 matched'} ` +
        `${COUNTED[story.relationTo]} #${story.id} 《${story.title}》 (第${story.line}行 line ${story.line})`,
    ),
    ...formatCounts(report.counts),
  ]
  if (report.pending > 0) {
    lines.push(
      `  待补图 ${report.pending} 张：占位图片的替代文字以“${PENDING_MARK}”开头 ` +
        `(${report.pending} placeholder photos, alt text starts with ${PENDING_MARK})`,
    )
  }
  if (report.areas) {
    lines.push('  版面热区 (story areas on the printed page):')
    for (const area of report.areas) {
      lines.push(
        `    《${area.title}》${area.found ? '已从 PDF 识别 found' : '未找到，请在后台画出 not found: draw it in the admin'}`,
      )
    }
  }
  lines.push(`警告 warnings: ${report.warnings.length}`)
  for (const warning of report.warnings) {
    const where = [
      warning.line === null ? null : `第${warning.line}行`,
      warning.story === null ? '全版' : `《${warning.story}》`,
    ]
    lines.push(`  ${where.filter(Boolean).join(' ')}：${warning.message}`)
  }
  return lines.join('\n')
}
