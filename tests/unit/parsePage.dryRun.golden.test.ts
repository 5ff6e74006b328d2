/**
 * The whole dry-run JSON of the sample page, as `npm run -s import:page -- … --dry-run` prints it
 * without a database (the sample area from the national data), against the committed file: any
 * change in what the importer finds — a warning, a region, a paragraph — shows up as a diff a
 * person reviews. After an intended change, regenerate the file with that command and read the diff.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { loadDivisionArea } from '../../seeds/area/divisions'
import { divisionGazetteer } from '../../seeds/area/gazetteer'
import { SAMPLE_AREA } from '../../seeds/data/regions'
import { parsePage, toDryRunJson } from '../../seeds/importer/parsePage'

const read = (relative: string): string =>
  readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')

describe('the dry run of the sample page', () => {
  it('prints exactly the committed JSON', async () => {
    const gazetteer = divisionGazetteer(await loadDivisionArea(SAMPLE_AREA))
    const printed = toDryRunJson(parsePage(read('../../seeds/changji-daily-county-page.txt'), gazetteer))
    expect(printed).toEqual(JSON.parse(read('../fixtures/changji-daily-county-page.dry-run.json')))
  })
})
