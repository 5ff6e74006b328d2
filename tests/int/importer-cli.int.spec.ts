import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { toDryRunJson } from '../../seeds/importer/parsePage'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SAMPLE = path.join(ROOT, 'seeds/changji-daily-county-page.txt')

let inputs: string
let data: string

/** Runs `npm run -s import:page` with the database, media and secret in a folder of its own. */
const importPage = (args: string[]) => npmRun('import:page', args)

/** Runs an npm script with the database, media and secret in a folder of its own. */
function npmRun(script: string, args: string[]) {
  const result = spawnSync('npm', ['run', '-s', script, '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      ...process.env,
      DATA_DIR: data,
      MEDIA_DIR: path.join(data, 'media'),
      DATABASE_URI: `file:${path.join(data, 'county-news.db')}`,
      PAYLOAD_SECRET: 'importer-cli-test',
      LOG_LEVEL: 'warn',
    },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** What `--dry-run` prints: the page's stories as the parser read them. */
const dryRunOf = (stdout: string) => JSON.parse(stdout) as ReturnType<typeof toDryRunJson>

const input = (name: string, content: string | Uint8Array): string => {
  const file = path.join(inputs, name)
  fs.writeFileSync(file, content)
  return file
}

beforeAll(() => {
  inputs = fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-inputs-'))
  data = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'county-news-cli-')), 'data')
})

afterAll(() => {
  fs.rmSync(inputs, { recursive: true, force: true })
  fs.rmSync(path.dirname(data), { recursive: true, force: true })
})

describe('import:page --dry-run', () => {
  it('prints exactly one JSON document of the stories and creates no database', () => {
    const { status, stdout } = importPage([SAMPLE, '--date', '2025-12-10', '--dry-run'])
    expect(status).toBe(0)
    const { stories } = dryRunOf(stdout)
    expect(stories).toHaveLength(6)
    expect(stories[3]).toMatchObject({
      title: '冬日鲜花销售走俏',
      county: '玛纳斯县',
      photos: [
        { caption: '近日，在玛纳斯县兰州湾镇凤城花市，顾客在挑选心仪的花卉。', credit: '丁慧琴' },
      ],
    })
    expect(stories[0].warnings).toEqual([expect.stringMatching(/^第11行：/)])
    expect(fs.existsSync(data)).toBe(false)
  })

  it('parses with the national data of another area given by --area, offline', () => {
    const page = path.join(ROOT, 'tests/fixtures/second-paper-page.txt')
    const { status, stdout, stderr } = importPage([
      page,
      '--date',
      '2025-12-09',
      '--dry-run',
      '--area',
      '伊犁哈萨克自治州',
    ])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const { stories } = dryRunOf(stdout)
    expect(stories.map((story) => story.county)).toEqual([
      '伊犁州',
      '伊宁县',
      '察布查尔锡伯自治县',
      '霍城县',
      '新源县',
    ])
    expect(stories[1].photos).toEqual([{ caption: '图为果农在冷库分拣苹果。', credit: '王五' }])
    expect(fs.existsSync(data)).toBe(false)
  })

  it('refuses an area the national data does not know, in one line', () => {
    const { status, stdout, stderr } = importPage([
      SAMPLE,
      '--date',
      '2025-12-10',
      '--dry-run',
      '--area',
      '青山州',
    ])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim()).toMatch(/^全国区划数据中没有“青山州”.*\(no prefecture or county/)
    expect(fs.existsSync(data)).toBe(false)
  })
})

describe('import:page with bad input', () => {
  const badInputs: [string, () => string[]][] = [
    ['a missing file', () => [path.join(inputs, 'missing.txt'), '--date', '2025-12-10']],
    ['an empty file', () => [input('empty.txt', '  \n\n'), '--date', '2025-12-10']],
    [
      'a binary file',
      () => [input('photo.txt', Uint8Array.from([0xff, 0xd8, 0x00, 0x10])), '--date', '2025-12-10'],
    ],
    [
      'a GB18030 file',
      // 昌吉市 in GB18030: not UTF-8.
      () => [
        input('gbk.txt', Uint8Array.from([0xb2, 0xfd, 0xbc, 0xaa, 0xca, 0xd0])),
        '--date',
        '2025-12-10',
      ],
    ],
    ['a day that does not exist', () => [SAMPLE, '--date', '2025-02-30']],
    ['a month that does not exist', () => [SAMPLE, '--date', '2025-13-01']],
    ['a date that is not a date', () => [SAMPLE, '--date', 'tomorrow']],
  ]

  it.each(badInputs)('refuses %s with one clear line and creates nothing', (_, args) => {
    const { status, stdout, stderr } = importPage(args())
    expect(status).not.toBe(0)
    expect(stdout).toBe('')
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/[\u4e00-\u9fa5].*\([a-z -]+[a-z]/i)
    expect(fs.existsSync(data)).toBe(false)
  })
})

describe('area and import:page', () => {
  it('sets up the coverage area from the national data, and again without changing it', () => {
    const first = npmRun('area', ['昌吉回族自治州', '--depth', 'town'])
    expect(first.stderr).not.toMatch(/失败/)
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('覆盖地区已设为 昌吉州（昌吉回族自治州，652300）')
    expect(first.stdout).toMatch(/地区 regions: 新建 created \d{3}, 已有 matched 0/)
    const again = npmRun('area', ['昌吉回族自治州', '--depth', 'town'])
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/地区 regions: 新建 created 0, 已有 matched \d{3}/)
  })

  it('dry-runs with the database’s own regions once there is one, still printing only JSON', () => {
    const { status, stdout } = importPage([SAMPLE, '--date', '2025-12-10', '--dry-run'])
    expect(status).toBe(0)
    const { stories } = dryRunOf(stdout)
    expect(stories[3].regions).toEqual(['玛纳斯县', '兰州湾镇'])
    // 美院社区 is not in the national data, so not yet in this database's tree.
    expect(stories[5].warnings).toContainEqual(
      expect.stringContaining('地名“美院社区”不在地区树中'),
    )
  })

  it('imports the page as drafts, reports what it did and exits cleanly', () => {
    const { status, stdout, stderr } = importPage([
      SAMPLE,
      '--date',
      '2025-12-10',
      '--page',
      '3',
      '--page-name',
      '县市新闻',
    ])
    expect(stderr).not.toMatch(/导入失败/)
    expect(status, stderr).toBe(0)
    expect(stdout).toContain('导入完成 (import done): 2025-12-10 第1期 第3版 县市新闻')
    expect(stdout).toContain('稿件 articles: 新建 created 5, 已有 matched 0')
    expect(stdout).toMatch(/第11行 《昌吉州243件政务事项实现“周末预约即办”》：第2段开头/)
    expect(fs.existsSync(path.join(data, 'county-news.db'))).toBe(true)
    expect(fs.readdirSync(path.join(data, 'media'))).toContain('2025-12-10-p3-01-pending.jpg')
  })
})
