import type { PrintedBylineRole, ParsedByline } from './types'

// 记者 in any form (本报记者, 新华社记者, 实习记者) is a reporter; 通讯员 in any form a correspondent.
const ROLE = '(?:本报|新华社|特约|特派|实习|见习)?记者|(?:本报|特约)?通讯员'
// A personal name, including transcribed ones joined by a middle dot: 买买提·艾力. 报道 and 摄影 close a
// credit, never name anyone in it: （记者 王芳 报道）.
const NAME = '(?!报道|摄影)[\\u4e00-\\u9fa5·•・]{2,12}?'
// Names sharing one role: 马丽、古丽娜、赵强 or 张三 李四.
const NAMES = `${NAME}(?:\\s*[、，,]\\s*${NAME}|\\s+${NAME})*`
const CREDITED_NAMES = `(?:(?:${ROLE})\\s*${NAMES}\\s*)+`

// Dateline opening a story: 本报讯, 新华社讯, 天山网讯, 本报青山12月6日讯, 新华社北京12月1日电. A 电 is
// followed by a space, bracket, colon or the byline, never by more of a word (合作社电商).
const DATELINE = new RegExp(
  `^[\\u4e00-\\u9fa5]{1,4}?[报社网台](?:[\\u4e00-\\u9fa5]{0,8}\\d{1,2}月\\d{1,2}日)?(?:讯|电(?=$|\\s|[（(：:]|${ROLE}))`,
)
// Byline ending in 报道: 记者李明报道： / 记者李四 通讯员王五报道： / 本报记者 张三 通讯员 李四 报道
const REPORTED_BYLINE = new RegExp(`^(${CREDITED_NAMES})报道\\s*[：:，,]?`)
// Byline in brackets, as agencies print it after the dateline: （记者 张三、李四）
const BRACKETED_BYLINE = new RegExp(`^[（(]\\s*(${CREDITED_NAMES})(?:报道)?\\s*[）)]`)
const ROLE_AND_NAMES = new RegExp(`(${ROLE})\\s*(.*?)\\s*(?=${ROLE}|$)`, 'g')
const NAME_SEPARATOR = /[、，,\s]+/
const ROLE_WORD = new RegExp(ROLE, 'g')
const LEADING_SEPARATOR = /^[\s：:，,]+/

// Profile credit, name before role: □买买提·艾力/口述 本报记者/李娜 整理
const CREDIT_NAME_FIRST = new RegExp(
  `^[□■]?\\s*(${NAME})\\s*[/／]?\\s*口述(?:\\s*(?:${ROLE})?\\s*[/／]?\\s*(${NAME})\\s*[/／]?\\s*整理)?$`,
)
// Profile credit, role before name: □口述/买买提 整理/李娜, or 口述：买买提 整理：本报记者 李娜
const CREDIT_ROLE_FIRST = new RegExp(
  `^[□■]?\\s*口述\\s*[/／：:]?\\s*(${NAME})(?:\\s*整理\\s*[/／：:]?\\s*(?:${ROLE})?\\s*[/／]?\\s*(${NAME}))?$`,
)

// Photo credit under a picture: □王磊摄, ■本报记者 李娜摄, 本报记者 李娜 摄, 李娜/摄, （通讯员 王五 摄）.
const PHOTO_CREDIT = new RegExp(
  `^(?<marker>[□■（(])?\\s*(?<role>${ROLE})?\\s*[/／]?\\s*(?<names>${NAMES})\\s*(?<slash>[/／])?\\s*摄影?\\s*[）)]?$`,
)
// Photo credit with a label, as some papers print it: 摄影：张三, 摄影/本报记者 张三, （摄影 张三）.
const LABELLED_PHOTO_CREDIT = new RegExp(
  `^[（(]?\\s*摄影\\s*[：:/／\\s]\\s*(?:${ROLE})?\\s*(?<names>${NAMES})\\s*[）)]?$`,
)
// A credit closing a caption line: 图为…。（通讯员 王五 摄）, 图为…。本报记者 刘六 摄, 图为… 摄影：张三.
// Unbracketed, it needs a role or the 摄影 label, so a caption's last words are never taken for a name.
const CREDIT_AFTER_CAPTION = new RegExp(
  `(?:[（(]\\s*(?:${ROLE})?\\s*${NAMES}\\s*摄影?\\s*[）)]|(?<=[。！？”\\s])\\s*(?:${ROLE})\\s*${NAMES}\\s*摄影?|[（(]?\\s*摄影\\s*[：:/／]\\s*(?:${ROLE})?\\s*${NAMES}\\s*[）)]?)$`,
)

/** What opens a story's first paragraph: dateline, bylines, and the text that follows them. */
export interface StoryOpening {
  dateline: string | null
  bylines: ParsedByline[]
  text: string
}

/** Reads the dateline and byline that open a first paragraph; null when the line has neither. */
export function parseStoryOpening(line: string): StoryOpening | null {
  const dateline = DATELINE.exec(line)?.[0] ?? null
  const afterDateline = line.slice(dateline?.length ?? 0).trimStart()
  const byline = REPORTED_BYLINE.exec(afterDateline) ?? BRACKETED_BYLINE.exec(afterDateline)
  if (!dateline && !byline) return null
  return {
    dateline,
    bylines: byline ? readCreditedNames(byline[1]) : [],
    text: afterDateline.slice(byline?.[0].length ?? 0).replace(LEADING_SEPARATOR, ''),
  }
}

/** Reads narrator and compiler from a profile's credit line; null for any other line. */
export function parseProfileCredit(line: string): ParsedByline[] | null {
  const match = CREDIT_NAME_FIRST.exec(line) ?? CREDIT_ROLE_FIRST.exec(line)
  if (!match) return null
  const [, narrator, compiler] = match
  const bylines: ParsedByline[] = [{ name: narrator, role: 'narrator' }]
  if (compiler) bylines.push({ name: compiler, role: 'compiler' })
  return bylines
}

/** The photographer named by a credit line ("王磊" from "□王磊摄"); null for any other line. */
export function parsePhotoCredit(line: string): string | null {
  const labelled = LABELLED_PHOTO_CREDIT.exec(line)?.groups
  if (labelled) return creditedNames(labelled.names)
  const groups = PHOTO_CREDIT.exec(line)?.groups
  // A bare "名字摄" could be a headline; a credit is marked by □/■, brackets, a role or a slash.
  if (!groups || !(groups.marker || groups.role || groups.slash)) return null
  return creditedNames(groups.names)
}

/**
 * A caption line that ends with its photo's credit, taken apart: the caption without the credit and
 * the photographer; null when the line ends with no credit.
 */
export function splitCaptionCredit(line: string): { caption: string; credit: string } | null {
  const match = CREDIT_AFTER_CAPTION.exec(line)
  const caption = match ? line.slice(0, match.index).trim() : ''
  const credit = match ? parsePhotoCredit(match[0].trim()) : null
  return caption && credit ? { caption, credit } : null
}

/** Names of a credit, one role word or several: □本报记者 张三 通讯员 李四摄 → 张三、李四. */
function creditedNames(names: string): string {
  return names.replace(ROLE_WORD, ' ').trim().split(NAME_SEPARATOR).join('、')
}

function readCreditedNames(credited: string): ParsedByline[] {
  return [...credited.matchAll(ROLE_AND_NAMES)].flatMap(([, roleWord, names]) =>
    names
      .split(NAME_SEPARATOR)
      .filter(Boolean)
      .map((name) => ({ name, role: roleOf(roleWord) })),
  )
}

function roleOf(roleWord: string): PrintedBylineRole {
  return roleWord.endsWith('通讯员') ? 'correspondent' : 'reporter'
}
