import fs from 'node:fs'
import { parseArgs } from 'node:util'

/** Bad input: its message is the one line (Chinese + English) the command prints before exiting. */
export class InputError extends Error {}

/** What `import:page` was asked to do, checked. */
export interface ImportCommand {
  file: string
  /** The edition's date, YYYY-MM-DD. */
  date: string
  edition: number
  page: number
  pageName: string | null
  imagesDir: string | null
  /** The printed page as PDF or image (--page-pdf / --page-image), for the 电子版. */
  pagePrint: string | null
  dryRun: boolean
  /** The dry run's area from the national division data (a prefecture or county name or code). */
  area: string | null
}

const USAGE =
  'npm run -s import:page -- FILE --date YYYY-MM-DD [--edition N] [--page P] [--page-name 版名] [--images DIR] [--page-pdf FILE | --page-image FILE] [--dry-run [--area 州或县]]'

/** Reads the command line of `import:page`; throws an InputError naming the first problem. */
export function parseImportArgs(argv: string[]): ImportCommand {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        edition: { type: 'string' },
        page: { type: 'string' },
        'page-name': { type: 'string' },
        images: { type: 'string' },
        'page-pdf': { type: 'string' },
        'page-image': { type: 'string' },
        'dry-run': { type: 'boolean' },
        area: { type: 'string' },
      },
    })
  } catch (error) {
    throw new InputError(
      `参数有误 (bad arguments): ${(error as Error).message}. 用法 usage: ${USAGE}`,
    )
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1) {
    throw new InputError(
      `请给出一个版面文本文件 (give exactly one page file). 用法 usage: ${USAGE}`,
    )
  }
  if (values.area !== undefined && !values['dry-run']) {
    throw new InputError(
      `--area 只用于 --dry-run；导入时使用数据库中的地区 (--area is for dry runs; an import reads the database's regions). 用法 usage: ${USAGE}`,
    )
  }
  if (values.date === undefined) {
    throw new InputError(
      `缺少出版日期 --date YYYY-MM-DD (the edition date is required). 用法 usage: ${USAGE}`,
    )
  }
  if (values['page-pdf'] !== undefined && values['page-image'] !== undefined) {
    throw new InputError(
      `--page-pdf 与 --page-image 只能给一个 (give the printed page once). 用法 usage: ${USAGE}`,
    )
  }
  const pagePrint = values['page-pdf'] ?? values['page-image']
  return {
    file: positionals[0],
    date: checkDate(values.date),
    edition: positiveWhole(values.edition, 1, '期号 --edition'),
    page: positiveWhole(values.page, 1, '版次 --page'),
    pageName: values['page-name']?.trim() || null,
    imagesDir: values.images === undefined ? null : checkDirectory(values.images),
    pagePrint: pagePrint === undefined ? null : checkFile(pagePrint),
    dryRun: values['dry-run'] ?? false,
    area: values.area?.trim() || null,
  }
}

/** A real calendar day as YYYY-MM-DD: 2025-02-30, 2025-13-01 and "tomorrow" are refused. */
export function checkDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const day = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null
  if (!day || day.toISOString().slice(0, 10) !== value) {
    throw new InputError(
      `日期无效：“${value}”，应为真实存在的日期 YYYY-MM-DD (invalid date "${value}": expected a real calendar date as YYYY-MM-DD)`,
    )
  }
  return value
}

function positiveWhole(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  if (!/^[1-9]\d{0,5}$/.test(value)) {
    throw new InputError(`${name} 应为正整数：“${value}” (must be a positive whole number)`)
  }
  return Number(value)
}

function checkDirectory(dir: string): string {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(`找不到图片文件夹：${dir} (the --images folder does not exist)`)
  }
  return dir
}

function checkFile(file: string): string {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
    throw new InputError(`找不到版面文件：${file} (the printed page file does not exist)`)
  }
  return file
}

/**
 * The text of a page file. A missing or empty file, a binary file (a NUL byte gives it away) and
 * text in another encoding (a GB18030 export, say) are refused rather than imported as mojibake.
 */
export function readPageFile(file: string): string {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`找不到文件：${file} (file not found)`)
    if (code === 'EISDIR') throw new InputError(`不是文件：${file} (this is a folder, not a file)`)
    throw new InputError(`无法读取文件：${file} (cannot read the file: ${code})`)
  }
  return decodePageText(bytes, file)
}

/** Decodes a page file's bytes as UTF-8 text, refusing empty, binary and non-UTF-8 content. */
export function decodePageText(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) {
    throw new InputError(`文件不是文本（含有 NUL 字节）：${file} (a binary file, not text)`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(
      `文件不是 UTF-8 编码的文本：${file} (not UTF-8 text; convert it first, e.g. iconv -f GB18030 -t UTF-8)`,
    )
  }
  if (!text.trim()) throw new InputError(`文件为空：${file} (the file is empty)`)
  return text
}
