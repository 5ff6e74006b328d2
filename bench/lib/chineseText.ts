import type { Random } from './random'

/** Phrase tables are written as space-separated strings: one line each, whatever the formatter does. */
const words = (list: string): readonly string[] => list.split(' ')

/**
 * Story text for the benchmark archive, assembled from phrase tables in the register of a county
 * paper. Realistic length and character mix is what matters: Astro renders it, Pagefind segments
 * it, gzip compresses it, and all three cost what real Chinese text costs only if the text looks
 * like it (lorem ipsum or repeated characters would flatter every one of them).
 */

const SURNAMES = words(
  '王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 付 蒋 蔡 贾 丁 魏 薛 叶',
)
const GIVEN = words(
  '建 国 明 华 芳 丽 军 伟 静 敏 强 磊 洋 艳 勇 杰 娟 涛 鹏 婷 新 玉 海 燕 霞 平 刚 红 梅 鑫 博 晨 宇 欣 佳 怡 文 峰 斌 莉 鹤 圆 正 秋 润 小 春 雪',
)
/** Uyghur, Kazakh and Hui names as the paper prints them. */
const MINORITY_NAMES = words(
  '阿依曼 阿里木·司马义 古丽娜尔 努尔兰 热娜古丽 买买提·艾力 哈力旦 叶尔兰 阿依努尔 努尔古丽 巴合提别克 迪丽娜尔 吐尔逊·买买提 加娜尔 艾克拜尔 玛依拉 海拉提 阿力木江 再努尔 沙吾列',
)

/** A person's name: mostly Han, one in six Uyghur or Kazakh, as in the prefecture's pages. */
export function personName(rng: Random): string {
  if (rng.chance(1 / 6)) return rng.pick(MINORITY_NAMES)
  const given = rng.chance(0.7) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN)
  return rng.pick(SURNAMES) + given
}

type Topic = { name: string; terms: readonly string[]; unit: string }

const topic = (name: string, unit: string, terms: string): Topic => ({
  name,
  unit,
  terms: words(terms),
})

const TOPICS: readonly Topic[] = [
  topic('冬季供暖保障', '热力公司', '换热站 供热管网 室温检测 报修热线'),
  topic('政务服务便民改革', '政务服务中心', '预约办理 帮办代办 一窗受理 12345热线'),
  topic('高标准农田建设', '农业农村局', '节水灌溉 土地平整 机耕道路 滴灌带'),
  topic('庭院经济发展', '乡政府', '小菜园 小果园 特色种植 订单收购'),
  topic('老旧小区改造', '住建局', '外墙保温 管网更换 加装电梯 停车位'),
  topic('就业技能培训', '人社局', '订单式培训 岗位对接 技能证书 创业担保贷款'),
  topic('文化惠民演出', '文化馆', '文艺小分队 非遗展示 送戏下乡 群众舞台'),
  topic('冬季安全生产检查', '应急管理局', '隐患排查 消防通道 燃气管道 应急演练'),
  topic('农产品产销对接', '供销社', '直播带货 冷链物流 合作社 订单农业'),
  topic('基层医疗服务', '卫生院', '家庭医生 义诊 慢病随访 健康体检'),
  topic('民族团结进步创建', '社区党支部', '结对认亲 联谊活动 互帮互助 宣讲活动'),
  topic('乡村旅游发展', '文旅局', '民宿 农家乐 冰雪旅游 研学基地'),
  topic('营商环境优化', '市场监管局', '企业开办 惠企政策 帮办服务 一件事一次办'),
  topic('校园食品安全', '教育局', '明厨亮灶 食材溯源 营养餐 专项检查'),
  topic('社区网格化治理', '社区', '网格员 入户走访 矛盾调解 志愿服务'),
  topic('冬季供水保障', '水务公司', '减压阀 管网巡检 水质监测 应急抢修'),
  topic('畜牧业良种繁育', '畜牧兽医站', '良种肉牛 人工授精 防疫注射 青贮饲料'),
  topic('全民健身活动', '体育中心', '冬季运动会 冰雪项目 健身步道 篮球联赛'),
  topic('人居环境整治', '村委会', '垃圾分类 村庄清洁 厕所改造 绿化美化'),
  topic('法治宣传进社区', '司法所', '普法讲座 法律援助 以案说法 反诈宣传'),
]

const ACTIONS = words(
  '多措并举推进 扎实开展 全力做好 持续深化 创新开展 着力抓好 积极探索 稳步推进 精心组织 全面启动 加快推进 用心办好',
)
const RESULTS = words(
  '鼓起村民“钱袋子” 跑出加速度 激活发展新动能 暖了群众心 托起稳稳的幸福 绘就新画卷 按下“快进键” 织密“保障网” 筑牢“安全网” 打通“最后一公里”',
)
const BENEFITS = words('办事更方便 看病不出村 家门口就业 日子更红火 住得更舒心 吃上“旅游饭”')
const PEOPLE = words('村民 居民 群众 农牧民 老人 企业')
const KICKERS = [
  '聚力建设“典范营商环境”',
  '奋力推进乡村全面振兴',
  '践行初心使命 提升为民服务水平',
  '我为群众办实事',
  '冬季攻势·基层一线',
  '高质量发展调研行',
  '新春走基层',
  '聚焦民生实事',
] as const
const SLOGANS = words('周末预约即办 一次办好 就近可办 掌上通办 全程帮办')
const TIMES = words('近日 今年以来 入冬以来 连日来 日前 本月初')
const PURPOSES = [
  '切实解决群众急难愁盼问题',
  '不断增强群众的获得感、幸福感、安全感',
  '为高质量发展提供有力保障',
  '让发展成果更多更公平惠及群众',
  '推动各项工作落地见效',
  '打通服务群众“最后一公里”',
  '营造共建共治共享的良好氛围',
] as const
const SPOTS = words('服务大厅 田间地头 温室大棚 社区活动室 施工现场 合作社车间 文化广场 卫生室')
const WORKERS = words('工作人员 志愿者 村民们 技术人员 网格员 施工人员 医护人员')
const DOINGS = [
  '仔细检查{term}的运行情况',
  '向群众讲解{term}相关知识',
  '忙着登记{term}信息',
  '对{term}逐项进行排查',
  '手把手传授{term}技术',
  '为前来咨询的群众介绍{term}',
] as const
const QUOTES = [
  '以前办这些事要来回跑好几趟，现在家门口就能办好，真是实实在在的好事！',
  '这几年村里变化太大了，收入比前些年翻了一番，日子越过越有奔头。',
  '没想到在家门口就能找到活干，既能照顾老人孩子，又能挣钱，心里踏实多了。',
  '工作人员耐心细致，一遍遍给我们讲政策，我们打心底里高兴。',
  '现在路修好了，产品也不愁卖了，我们准备明年再扩大规模。',
  '有了这个好政策，我们干劲更足了，下一步还要继续干下去。',
] as const
const OFFICIAL_QUOTES = [
  '下一步，我们将持续{action}{topic}工作，{purpose}。',
  '我们将以群众满意为标准，把{term}各项措施抓细抓实，{purpose}。',
  '接下来，我们会进一步完善{term}机制，{purpose}。',
] as const
const OUTCOMES = [
  '截至目前，已累计完成{term}{n}处，惠及群众{m}余人。',
  '今年以来，共开展{term}活动{n}场次，参与群众达{m}人次。',
  '该{unit}投入资金{x}万元，完成{term}{n}项，群众满意度明显提升。',
  '据统计，全年共受理{term}相关事项{m}件，办结率达{p}%。',
] as const
const CONTEXTS = [
  '为切实做好{topic}工作，{place}{unit}结合实际制定工作方案，明确责任分工，细化工作措施。',
  '{place}坚持把{topic}作为重要民生工程来抓，建立健全{term}长效机制，推动工作常态化开展。',
  '针对群众反映集中的{term}问题，{place}{unit}组织专人深入一线，逐户走访了解需求。',
  '活动中，工作人员通过发放宣传资料、现场答疑等方式，向群众宣传{term}的相关政策。',
  '据了解，{place}还将{term}与{term2}有机结合，形成了上下联动、协同推进的工作格局。',
] as const

/** Where a story happens, as the body names it. */
export type StoryPlace = { name: string; county: string | null }

export type ArticleText = {
  kicker: string | null
  title: string
  subtitle: string | null
  paragraphs: string[]
}

export type ProfileText = {
  kicker: string
  title: string
  subtitle: string | null
  occupation: string
  age: number
  chapters: { subheading: string | null; paragraphs: string[] }[]
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
}

/** Paragraphs of about `total` characters in `count` paragraphs, from a sentence maker. */
function paragraphsOf(rng: Random, total: number, count: number, sentence: () => string) {
  const paragraphs: string[] = []
  const perParagraph = total / count
  for (let p = 0; p < count; p++) {
    let text = ''
    while (text.length < perParagraph * (0.75 + rng.next() * 0.5)) text += sentence()
    paragraphs.push(text)
  }
  return paragraphs
}

/** 600–1500 characters in 4–10 paragraphs, the span of a county paper's news stories. */
function bodyShape(rng: Random): { total: number; count: number } {
  const total = rng.int(600, 1500)
  const count = Math.min(10, Math.max(4, Math.round(total / rng.int(110, 220))))
  return { total, count }
}

/** A news story: headline lines and body about one topic in one place. */
export function articleText(rng: Random, place: StoryPlace, date: Date): ArticleText {
  const topic = rng.pick(TOPICS)
  const term = rng.pick(topic.terms)
  const where = place.name
  const month = date.getUTCMonth() + 1
  const day = date.getUTCDate()
  const values = () => ({
    topic: topic.name,
    term: rng.pick(topic.terms),
    term2: rng.pick(rng.pick(TOPICS).terms),
    place: where,
    unit: topic.unit,
    action: rng.pick(ACTIONS),
    purpose: rng.pick(PURPOSES),
    n: rng.int(3, 120),
    m: rng.int(200, 9000),
    x: rng.int(20, 900),
    p: rng.int(92, 100),
  })
  const title = rng.weighted<() => string>([
    [() => `${where}${rng.pick(ACTIONS)}${topic.name}`, 4],
    [() => `${where}：${term}${rng.pick(RESULTS)}`, 3],
    [() => `${term}让${rng.pick(PEOPLE)}${rng.pick(BENEFITS)}`, 2],
  ])()
  const sentence = () =>
    rng.weighted<() => string>([
      [() => fill(rng.pick(CONTEXTS), values()), 5],
      [() => fill(rng.pick(OUTCOMES), values()), 3],
      [
        () =>
          `在${where}的${rng.pick(SPOTS)}，${rng.pick(WORKERS)}正在${fill(rng.pick(DOINGS), values())}。`,
        3,
      ],
      [() => `“${rng.pick(QUOTES)}”${rng.pick(['村民', '居民', '群众'])}${personName(rng)}说。`, 2],
      [
        () =>
          `“${fill(rng.pick(OFFICIAL_QUOTES), values())}”${topic.unit}负责人${personName(rng)}表示。`,
        2,
      ],
    ])()
  const { total, count } = bodyShape(rng)
  const paragraphs = paragraphsOf(rng, total, count, sentence)
  const opening = `${rng.chance(0.5) ? `${month}月${day}日` : rng.pick(TIMES)}，${where}${topic.unit}${rng.pick(ACTIONS)}${topic.name}工作，${rng.pick(PURPOSES)}。`
  paragraphs[0] = opening + paragraphs[0]
  return {
    kicker: rng.chance(0.3) ? rng.pick(KICKERS) : null,
    title,
    subtitle: rng.chance(0.2)
      ? `${place.county ?? where}${rng.int(12, 480)}件${term}事项实现“${rng.pick(SLOGANS)}”`
      : null,
    paragraphs,
  }
}

const OCCUPATIONS = words(
  '货车司机 乡村医生 社区网格员 护林员 返乡创业青年 非遗传承人 退休教师 养殖户 快递员 环卫工人 牧民 合作社理事长',
)
const CHAPTER_LABELS = words('起点 转折 坚守 收获 心愿 变化 家常 远方')
const CHAPTER_PHRASES = words(
  '在车轮上成长 从零开始学手艺 守着这片草原 日子越过越好 把技术带回村里 一家人的新生活 最难的那一年 想让更多人知道 脚下的路越走越宽',
)
const MEMORIES = [
  '那时候家里条件不好，兄弟姐妹多，我十几岁就出来干活，什么苦都吃过。',
  '后来，村里修了路，通了网，外面的人进得来，我们的东西也卖得出去了。',
  '刚开始谁都不看好，家里人也劝我别折腾，可我心里就是憋着一股劲。',
  '有一年冬天雪特别大，路都封了，我们几个人守了三天三夜，一直到天晴。',
  '现在，我每天早上七点出门，晚上回家能陪孩子写作业，心里特别踏实。',
  '我常跟年轻人说，只要肯干，日子一定会越过越好，这是我这些年最大的体会。',
  '政府帮我们办了培训班，请来老师手把手教，我才算真正入了门。',
  '去年收入比前年多了一倍多，我给家里换了新房子，还买了一辆小汽车。',
  '说起这些年的变化，我最想说的就是感谢，感谢党的好政策，感谢帮过我的人。',
] as const

/** A first-person profile (口述实录): the subject's own words in chapters with subheadings. */
export function profileText(rng: Random, place: StoryPlace, narrator: string): ProfileText {
  const occupation = rng.pick(OCCUPATIONS)
  const age = rng.int(24, 76)
  const { total, count } = bodyShape(rng)
  const chapterCount = Math.min(count, rng.int(3, 5))
  const sentence = () => rng.pick(MEMORIES)
  const paragraphs = paragraphsOf(rng, total, count, sentence)
  paragraphs[0] = `我叫${narrator}，今年${age}岁，是${place.name}的一名${occupation}。${paragraphs[0]}`
  const chapters: ProfileText['chapters'] = []
  const perChapter = Math.ceil(paragraphs.length / chapterCount)
  const labels = rng.sample(CHAPTER_LABELS, chapterCount)
  for (let c = 0; c < chapterCount; c++) {
    chapters.push({
      // The opening chapter carries no subheading, as the paper prints it.
      subheading: c === 0 ? null : `${labels[c]}：${rng.pick(CHAPTER_PHRASES)}`,
      paragraphs: paragraphs.slice(c * perChapter, (c + 1) * perChapter),
    })
  }
  return {
    // The kicker quote is the first clause of something the subject says.
    kicker: `“${rng.pick(MEMORIES).split(/[，。！]/)[0]}”`,
    title: `${occupation}${narrator}：${rng.pick(CHAPTER_PHRASES)}`,
    subtitle: rng.chance(0.3) ? `一名${occupation}的${rng.int(5, 30)}年` : null,
    occupation,
    age,
    chapters: chapters.filter((c) => c.paragraphs.length > 0),
  }
}
