import { PDFDocument } from 'pdf-lib'

import { printPage, type StoryBox } from '../../seeds/printPage/printPage'
import type { TypesetStory } from '../../seeds/printPage/typesetPage'

/** Three stories of a county page, each with text no other story shares. */
export const PAGE_STORIES: TypesetStory[] = [
  {
    key: 'lead',
    kicker: '破解群众办事难题',
    title: '昌吉州政务事项实现周末预约即办',
    byline: '记者 杨鹤',
    paragraphs: Array.from(
      { length: 5 },
      (_, i) =>
        `政务服务窗口第${i + 1}批预约事项上线，群众在周六上午就能办理二手房过户和不动产登记，热线接线员逐一回访办事体验。`,
    ),
  },
  {
    key: 'water',
    title: '筑牢冬季供水安全网',
    byline: '通讯员 张圆圆',
    paragraphs: Array.from(
      { length: 4 },
      (_, i) =>
        `供水公司第${i + 1}组巡检人员顶着寒风排查管网阀门井，给裸露管道包上保温棉，确保居民家中水龙头一拧就有热乎水。`,
    ),
  },
  {
    key: 'flowers',
    title: '冬日鲜花销售走俏',
    subtitle: '花卉市场迎来客流高峰',
    paragraphs: Array.from(
      { length: 3 },
      (_, i) =>
        `玛纳斯县花卉大棚第${i + 1}排的蝴蝶兰和红掌开得正艳，花农赶早装车，把鲜花送进县城各个小区的花店里。`,
    ),
  },
]

/** A one-page PDF of the stories, printed by Chromium, with where each story landed. */
export function testPagePdf(stories = PAGE_STORIES): Promise<{ pdf: Buffer; boxes: StoryBox[] }> {
  return printPage({
    paper: '昌吉日报',
    date: '2025年12月10日',
    page: 3,
    pageName: '县市新闻',
    stories,
  })
}

type Box = { x: number; y: number; w: number; h: number }

/** Intersection over union of two rectangles. */
export function iou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x))
  const h = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y))
  const inter = w * h
  return inter / (a.w * a.h + b.w * b.h - inter)
}

/** PDFs a page upload must refuse, each with the words its refusal must say. */
export async function hostilePdfs(): Promise<{ name: string; pdf: Buffer; message: RegExp }[]> {
  const many = await PDFDocument.create()
  for (let i = 0; i < 300; i++) many.addPage([300, 400])
  const scripted = await PDFDocument.create()
  scripted.addPage([300, 400])
  scripted.addJavaScript('greet', 'app.alert("hi")')
  const form = await PDFDocument.create()
  const formPage = form.addPage([300, 400])
  form.getForm().createTextField('name').addToPage(formPage, { x: 20, y: 20 })
  const huge = await PDFDocument.create()
  huge.addPage([14400, 14400])
  const save = async (doc: PDFDocument) => Buffer.from(await doc.save())
  return [
    {
      name: 'corrupt.pdf',
      pdf: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x5a)]),
      message: /无法读取该 PDF/,
    },
    { name: 'encrypted.pdf', pdf: encryptedPdf(), message: /PDF 已加密/ },
    { name: 'many-pages.pdf', pdf: await save(many), message: /只能有一页，此文件有 300 页/ },
    { name: 'scripted.pdf', pdf: await save(scripted), message: /PDF 含有脚本/ },
    { name: 'form.pdf', pdf: await save(form), message: /PDF 含有表单/ },
    { name: 'huge.pdf', pdf: await save(huge), message: /版面尺寸异常/ },
  ]
}

/**
 * A PDF encrypted with the standard handler and a user password (no tool here writes one): its
 * /Encrypt dictionary's keys do not open it with the empty password.
 */
function encryptedPdf(): Buffer {
  const hex = (byte: string) => `<${byte.repeat(32)}>`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex('a1')} /U ${hex('b2')} /P -4 >>`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
