/**
 * What a first-person profile's narrator says of themselves in the opening: 我叫阿里木·司马义，
 * 今年44岁 — the age; 我是江布拉克林场的一名护林员 — the occupation. Only the narrator's own
 * sentences count (those that start with 我), so 我母亲今年80岁 gives no age, and only a phrase that
 * names a trade is an occupation, so 是土生土长的昌吉人 is not one.
 */

export interface NarratorFacts {
  age: number | null
  occupation: string | null
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** 44, 四十四, 十八, 六十: an age as printed; null for anything else. */
export function parseAge(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text)
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text)
  if (!match || text === '') return null
  const [, tens, ten, ones] = match
  if (!ten) return tens && !ones ? DIGITS[tens] : null
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0)
}

// The narrator speaking of themselves: the sentence opens with 我, 我叫…， or 我是…，.
const SELF = '^我(?:(?:叫|名叫|是)[^，,。；！？]+[，,])?'
const AGE = new RegExp(`${SELF}今年([0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁`)
// 是 + an optional place or unit ending in 的 + measure word + the trade.
const OCCUPATION = new RegExp(
  `${SELF}(?:今年[^，,。]+岁[，,])?(?:现在|如今|目前)?是(?:一名|一位|一个|名)?([^，,。；！？]{2,30})`,
)
// The heads of nouns that name a trade: 护林员, 环卫工人, 教师, 村医, 队长…
const TRADE =
  /(?:员|工人|工|师|医|医生|护士|司机|主任|书记|队长|站长|所长|校长|村长|组长|经理|店主|老板|农民|牧民|渔民|民警|警察|干部|志愿者|传承人|负责人|带头人|个体户|手艺人|艺人|工匠|骑手|学生|职工)$/
const AGES = { min: 1, max: 130 }

/** The sentences of some paragraphs, each trimmed. */
const sentences = (paragraphs: string[]) =>
  paragraphs.flatMap((p) => p.split(/(?<=[。！？])/)).map((s) => s.trim())

/** The narrator's age and occupation as they state them in the opening paragraphs. */
export function narratorFacts(paragraphs: string[]): NarratorFacts {
  let age: number | null = null
  let occupation: string | null = null
  for (const sentence of sentences(paragraphs)) {
    if (age === null) {
      const match = AGE.exec(sentence)
      const value = match ? parseAge(match[1]) : null
      if (value !== null && value >= AGES.min && value <= AGES.max) age = value
    }
    if (occupation === null) {
      const phrase = OCCUPATION.exec(sentence)?.[1].replace(/(?:的)?(?:一名|一位|一个)/, '的')
      if (phrase && TRADE.test(phrase)) occupation = phrase.replace(/的的/, '的')
    }
  }
  return { age, occupation }
}
