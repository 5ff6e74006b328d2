/**
 * `npm run -s print:sample-page`: typesets the sample page's stories (seeds/changji-daily-county-
 * page.txt, parsed as the importer parses it) into a newspaper page and prints it to
 * seeds/changji-daily-county-page.pdf with Debian's Chromium. Run once and committed, so the sample
 * issue has a printed page on machines without Chromium; the seed uploads that PDF as an editor
 * would. Needs /usr/bin/chromium and fonts-wqy-zenhei.
 */
import fs from 'node:fs'

import { loadDivisionArea } from '../area/divisions'
import { divisionGazetteer } from '../area/gazetteer'
import { SAMPLE_AREA } from '../data/regions'
import { SAMPLE_PAGE, SAMPLE_PAPER } from '../data/sampleIssue'
import { readPageFile } from '../importer/input'
import { parsePage } from '../importer/parsePage'
import { printPage } from '../printPage/printPage'
import { print, runCommand } from './run'

const ROLES = {
  reporter: '记者',
  correspondent: '通讯员',
  photographer: '摄影',
  compiler: '整理',
  narrator: '口述',
}

runCommand(async () => {
  const gazetteer = divisionGazetteer(await loadDivisionArea(SAMPLE_AREA))
  const { stories } = parsePage(readPageFile(SAMPLE_PAGE.file), gazetteer)
  const { pdf, boxes } = await printPage({
    paper: SAMPLE_PAPER.name,
    date: `${SAMPLE_PAGE.date.slice(0, 4)}年${Number(SAMPLE_PAGE.date.slice(5, 7))}月${Number(SAMPLE_PAGE.date.slice(8))}日`,
    page: SAMPLE_PAGE.page,
    pageName: SAMPLE_PAGE.pageName,
    stories: stories.map((story, i) => ({
      key: String(i),
      kicker: story.kicker,
      title: story.title,
      subtitle: story.subtitle,
      byline: story.bylines.map((b) => `${ROLES[b.role]} ${b.name}`).join('　') || null,
      paragraphs: story.paragraphs,
    })),
  })
  fs.writeFileSync(SAMPLE_PAGE.print, pdf)
  await print(`${SAMPLE_PAGE.print}: ${pdf.length} bytes, ${boxes.length} stories`)
  for (const box of boxes) await print(`  ${box.key}: ${JSON.stringify(box)}`)
  return 0
})
