import { describe, expect, it } from 'vitest'

import { checkDate, decodePageText, InputError, parseImportArgs } from '../../seeds/importer/input'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('checkDate', () => {
  it('accepts a real calendar day, leap days included', () => {
    expect(checkDate('2025-12-10')).toBe('2025-12-10')
    expect(checkDate('2024-02-29')).toBe('2024-02-29')
  })

  it.each(['2025-02-30', '2025-13-01', '2023-02-29', 'tomorrow', '2025-1-5', '20251210', ''])(
    'refuses %j with a bilingual message',
    (value) => {
      expect(() => checkDate(value)).toThrow(InputError)
      expect(() => checkDate(value)).toThrow(/日期无效.*invalid date/)
    },
  )
})

describe('parseImportArgs', () => {
  it('defaults to edition 1, page 1, placeholders and a real import', () => {
    expect(parseImportArgs(['page.txt', '--date', '2025-12-10'])).toEqual({
      file: 'page.txt',
      date: '2025-12-10',
      edition: 1,
      page: 1,
      pageName: null,
      imagesDir: null,
      pagePrint: null,
      dryRun: false,
      area: null,
    })
  })

  it('takes the printed page as --page-pdf or --page-image, not both', () => {
    const pdf = 'seeds/changji-daily-county-page.pdf'
    expect(parseImportArgs(['page.txt', '--date', '2025-12-10', '--page-pdf', pdf]).pagePrint).toBe(
      pdf,
    )
    expect(
      parseImportArgs(['page.txt', '--date', '2025-12-10', '--page-image', pdf]).pagePrint,
    ).toBe(pdf)
    expect(() =>
      parseImportArgs(['page.txt', '--date', '2025-12-10', '--page-pdf', pdf, '--page-image', pdf]),
    ).toThrow(/只能给一个/)
  })

  it('reads every option', () => {
    const command = parseImportArgs([
      'page.txt',
      '--date=2025-12-10',
      '--edition',
      '8123',
      '--page',
      '3',
      '--page-name',
      '县市新闻',
      '--images',
      '.',
      '--dry-run',
      '--area',
      '伊犁哈萨克自治州',
    ])
    expect(command).toMatchObject({
      edition: 8123,
      page: 3,
      pageName: '县市新闻',
      imagesDir: '.',
      dryRun: true,
      area: '伊犁哈萨克自治州',
    })
  })

  it('refuses --area without --dry-run: an import reads the database’s regions', () => {
    expect(() => parseImportArgs(['page.txt', '--date', '2025-12-10', '--area', '伊宁县'])).toThrow(
      /--area 只用于 --dry-run/,
    )
  })

  it.each([
    [[], /版面文本文件/],
    [['a.txt', 'b.txt', '--date', '2025-12-10'], /版面文本文件/],
    [['page.txt'], /缺少出版日期/],
    [['page.txt', '--date', '2025-12-10', '--page', '0'], /版次 --page/],
    [['page.txt', '--date', '2025-12-10', '--edition', 'one'], /期号 --edition/],
    [['page.txt', '--date', '2025-12-10', '--images', '/no/such/folder'], /找不到图片文件夹/],
    [['page.txt', '--date', '2025-12-10', '--colour'], /参数有误/],
    [['page.txt', '--date', '2025-12-10', '--page-pdf', '/no/such.pdf'], /找不到版面文件/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(message)
  })
})

describe('decodePageText', () => {
  it('returns UTF-8 text without its byte-order mark', () => {
    expect(decodePageText(utf8('\uFEFF昌吉市\n'), 'page.txt')).toBe('昌吉市\n')
  })

  it('refuses an empty or blank file', () => {
    expect(() => decodePageText(utf8(''), 'page.txt')).toThrow(/文件为空/)
    expect(() => decodePageText(utf8(' \n\u3000\n'), 'page.txt')).toThrow(/文件为空/)
  })

  it('refuses a file holding a NUL byte as binary', () => {
    expect(() => decodePageText(Uint8Array.from([0x41, 0x00, 0x42]), 'page.txt')).toThrow(
      /NUL.*binary/,
    )
  })

  it('refuses text in another encoding, such as a GB18030 export', () => {
    expect(() => decodePageText(Uint8Array.from([0xb2, 0xfd, 0xbc, 0xaa]), 'page.txt')).toThrow(
      /不是 UTF-8.*GB18030/,
    )
  })
})
