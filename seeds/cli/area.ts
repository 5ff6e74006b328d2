/**
 * `npm run area -- "<prefecture or county name or code>" [--depth town|community]`: sets up the
 * paper's coverage area from the national division data — the region tree with codes, and the
 * area in 报社设置. Safe to run again; what editors changed stays. Exit codes: 0 done, 1 failed
 * (nothing written), 2 bad input.
 */
import { parseArgs } from 'node:util'

import { bootPayload } from '@/bootPayload'

import { AreaNotFoundError, type AreaDepth, loadDivisionArea } from '../area/divisions'
import { setUpArea } from '../area/setUpArea'
import { allOrNothing, BATCH_ENV } from '../lib/allOrNothing'
import { formatCounts, Tally } from '../lib/tally'
import { print, runCommand } from './run'

// Set-up runs as `npm start` does, with migrations rather than a schema push, so the database it
// creates is one `npm start` (always production) can open next.
Object.assign(process.env, { NODE_ENV: 'production' })

const USAGE = 'npm run area -- "伊犁哈萨克自治州" [--depth town|community]'

runCommand(async () => {
  let query: string
  let depth: AreaDepth
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { depth: { type: 'string', default: 'community' } },
    })
    if (positionals.length !== 1 || !['town', 'community'].includes(values.depth)) {
      throw new Error('give one area name, and --depth town or community')
    }
    query = positionals[0]
    depth = values.depth as AreaDepth
  } catch (error) {
    console.error(`参数有误 (bad arguments): ${(error as Error).message}. 用法 usage: ${USAGE}`)
    return 2
  }
  let area
  try {
    area = await loadDivisionArea(query, { depth })
  } catch (error) {
    if (!(error instanceof AreaNotFoundError)) throw error
    console.error(error.message)
    return 2
  }
  const payload = await bootPayload({ env: BATCH_ENV })
  try {
    const tally = new Tally()
    const root = await allOrNothing(payload, (tx) => setUpArea(tx, tally, area))
    await print(
      [
        `覆盖地区已设为 ${root.name}（${area.root.officialName ?? area.root.name}，${area.root.code}）(coverage area set)`,
        ...formatCounts(tally.counts),
        '报纸名称等在后台“报社设置”中填写 (set the paper’s name and the rest in 报社设置)',
      ].join('\n'),
    )
    return 0
  } catch (error) {
    console.error(
      `设置地区失败，未写入任何内容 (setting up the area failed, nothing was written): ${(error as Error).message}`,
    )
    return 1
  } finally {
    await payload.destroy()
  }
})
