import type { BylineRole } from '@/fields/bylines'

/**
 * How a printed byline line credits a contributor: 记者, 通讯员, 口述 or 整理. Photographers are
 * credited under their photos (□王正佳摄), never in the byline line.
 */
export type PrintedBylineRole = Exclude<BylineRole, 'photographer'>

export interface ParsedByline {
  name: string
  role: PrintedBylineRole
}

export interface ParsedPhoto {
  caption: string
  /** The photographer's name alone, e.g. 李娜 from "□本报记者 李娜摄"; null when no credit is printed. */
  credit: string | null
  /** 1-based input line of the caption (of the credit when there is no caption). */
  line: number
}

export interface ParsedChapter {
  subheading: string | null
  paragraphs: string[]
}

export interface ParseWarning {
  /** 1-based line in the input. */
  line: number
  /** Chinese, for the editor. */
  message: string
}

export interface ParsedStory {
  type: 'article' | 'profile'
  kicker: string | null
  title: string
  subtitle: string | null
  /** 本报讯, 新华社讯, …; null for profiles and stories printed without one. */
  dateline: string | null
  bylines: ParsedByline[]
  /** County-level name, or the prefecture for prefecture-wide stories. */
  county: string | null
  /** The county first, then the towns/streets and communities/villages the story covers. */
  regions: string[]
  column: string | null
  /** Profile chapter subheadings, in order. */
  subheadings: string[]
  /** Profiles: the intro chapter has no subheading; articles: one chapter without subheading. */
  chapters: ParsedChapter[]
  /** All body paragraphs, repaired; subheadings, captions and credits are not paragraphs. */
  paragraphs: string[]
  /**
   * The 1-based page line each paragraph starts on; a paragraph repaired across a column break
   * starts on the line of its first half.
   */
  paragraphLines: number[]
  photos: ParsedPhoto[]
  warnings: ParseWarning[]
  /** 1-based line of the story's first headline line. */
  line: number
}

export interface Gazetteer {
  /** The prefecture, as the paper prints it (伊犁州); null for a county paper. */
  prefecture: string | null
  /** County-level names. */
  counties: string[]
  /** Known column (栏目) names. */
  columns: string[]
  /**
   * Known towns, streets, villages and communities with their counties; a name several counties
   * share places no story by itself. Unknown ones are recognised by their suffix.
   */
  places?: { name: string; county: string }[]
}
