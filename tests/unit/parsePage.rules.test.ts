import { describe, expect, it } from 'vitest'
import { COUNTIES_GAZETTEER } from '../helpers/gazetteers'
import { parsePage, toDryRunJson, type Gazetteer } from '../../seeds/importer/parsePage'

// Made-up pages: names, places and columns here are not the sample page's.
const GAZETTEER: Gazetteer = { ...COUNTIES_GAZETTEER, columns: ['民生视窗', '乡村振兴在行动'] }

/** A page as print exports lay it out: one blank line between lines. */
const page = (...lines: string[]): string => lines.join('\n\n')
const parse = (text: string, gazetteer: Gazetteer = GAZETTEER) => parsePage(text, gazetteer).stories

const TITLE = '阜康市举办冬季招聘会'
const BODY = '招聘会现场人头攒动，求职者排起长队。'
const CLOSING = '据悉，此类招聘会每月举办一次。'

describe('bylines and datelines', () => {
  it('reads a reporter byline after 本报讯 and keeps only the text in the paragraph', () => {
    const [story] = parse(page(TITLE, '本报讯 记者李明报道：近日，阜康市举办冬季招聘会。'))
    expect(story.dateline).toBe('本报讯')
    expect(story.bylines).toEqual([{ name: '李明', role: 'reporter' }])
    expect(story.paragraphs).toEqual(['近日，阜康市举办冬季招聘会。'])
  })

  it('reads mixed reporter and correspondent bylines in print order', () => {
    const [story] = parse(page(TITLE, `本报讯 记者李明 通讯员王芳报道：${BODY}`))
    expect(story.bylines).toEqual([
      { name: '李明', role: 'reporter' },
      { name: '王芳', role: 'correspondent' },
    ])
  })

  it('gives every name sharing a role that role', () => {
    const [story] = parse(page(TITLE, `本报讯 通讯员马丽、古丽米拉·艾买提、赵强报道：${BODY}`))
    expect(story.bylines).toEqual([
      { name: '马丽', role: 'correspondent' },
      { name: '古丽米拉·艾买提', role: 'correspondent' },
      { name: '赵强', role: 'correspondent' },
    ])
    expect(story.paragraphs).toEqual([BODY])
  })

  it('reads bylines printed with spaces around the names', () => {
    const [story] = parse(page(TITLE, `本报讯 本报记者 张伟 通讯员 刘静 报道：${BODY}`))
    expect(story.bylines).toEqual([
      { name: '张伟', role: 'reporter' },
      { name: '刘静', role: 'correspondent' },
    ])
    expect(story.paragraphs).toEqual([BODY])
  })

  it('reads an agency dateline with the byline in brackets', () => {
    const [story] = parse(page(TITLE, `新华社北京12月1日电（记者 刘洋、陈晨）${BODY}`))
    expect(story.dateline).toBe('新华社北京12月1日电')
    expect(story.bylines).toEqual([
      { name: '刘洋', role: 'reporter' },
      { name: '陈晨', role: 'reporter' },
    ])
    expect(story.paragraphs).toEqual([BODY])
  })

  it('reads a dateline printed without a byline', () => {
    const [story] = parse(page(TITLE, `本报讯 ${BODY}`))
    expect(story.dateline).toBe('本报讯')
    expect(story.bylines).toEqual([])
    expect(story.paragraphs).toEqual([BODY])
  })

  it('reads a dateline run together with the text', () => {
    const [story] = parse(page(TITLE, `本报讯${BODY}`))
    expect(story).toMatchObject({ dateline: '本报讯', paragraphs: [BODY] })
  })

  it('does not read a paragraph opening with a word like 合作社电商 as a dateline', () => {
    const [story] = parse(page(TITLE, `本报讯 记者李明报道：${BODY}`, '合作社电商平台当天上线。'))
    expect(story.paragraphs).toEqual([BODY, '合作社电商平台当天上线。'])
  })
})

describe('photos', () => {
  it('takes a photo between the headline and the byline into the story', () => {
    const [story] = parse(
      page(TITLE, '求职者在现场咨询岗位。', '□王磊摄', `本报讯 通讯员王磊报道：${BODY}`),
    )
    expect(story.title).toBe(TITLE)
    expect(story.photos).toEqual([{ caption: '求职者在现场咨询岗位。', credit: '王磊', line: 3 }])
    expect(story.paragraphs).toEqual([BODY])
  })

  it('joins a paragraph cut at a column end across a photo', () => {
    const [story] = parse(
      page(
        TITLE,
        '本报讯 记者李明报道：招聘会为求职者',
        '图为求职者在填写简历。',
        '■本报记者 李明摄',
        '提供了三百多个岗位。',
      ),
    )
    expect(story.paragraphs).toEqual(['招聘会为求职者提供了三百多个岗位。'])
    expect(story.photos).toEqual([{ caption: '图为求职者在填写简历。', credit: '李明', line: 5 }])
  })

  it('does not take a short cut fragment above a photo for a new headline', () => {
    const [story, ...others] = parse(
      page(
        TITLE,
        `本报讯 记者李明报道：${BODY}`,
        '不远处，招聘专区的',
        '图为招聘专区。',
        '李明/摄',
        '展位前也围满了人。',
      ),
    )
    expect(others).toEqual([])
    expect(story.paragraphs).toEqual([BODY, '不远处，招聘专区的展位前也围满了人。'])
  })

  it('gives photos after the last paragraph to that story, not the next one', () => {
    const [first, second] = parse(
      page(
        TITLE,
        `本报讯 记者李明报道：${BODY}`,
        '图为招聘会现场。',
        '本报记者 李明 摄',
        '吉木萨尔县开展冬季消防演练',
        `本报讯 通讯员赵强报道：${CLOSING}`,
      ),
    )
    expect(first.photos.map((photo) => photo.credit)).toEqual(['李明'])
    expect(second.title).toBe('吉木萨尔县开展冬季消防演练')
    expect(second.photos).toEqual([])
  })

  it('reads the photographer alone from every credit form', () => {
    const [story] = parse(
      page(
        TITLE,
        `本报讯 记者李明报道：${BODY}`,
        '图一。',
        '□王磊摄',
        '图二。',
        '■本报记者 李娜摄',
        '图三。',
        '通讯员 赵强 摄影',
        '图四。',
        '陈晨/摄',
        '图五。',
        '□本报记者 李娜 通讯员 赵强摄',
      ),
    )
    expect(story.photos.map((photo) => photo.credit)).toEqual([
      '王磊',
      '李娜',
      '赵强',
      '陈晨',
      '李娜、赵强',
    ])
    expect(story.paragraphs).toEqual([BODY])
  })

  it('keeps a 图为 caption printed without credit as a photo with no credit', () => {
    const [story] = parse(page(TITLE, `本报讯 记者李明报道：${BODY}`, '图为招聘会现场。'))
    expect(story.photos).toEqual([{ caption: '图为招聘会现场。', credit: null, line: 5 }])
  })
})

describe('other papers’ house styles', () => {
  it('reads a reporter and a correspondent bracketed after the dateline', () => {
    const [story] = parse(page(TITLE, `本报讯（记者 王芳 通讯员 李明）${BODY}`))
    expect(story.dateline).toBe('本报讯')
    expect(story.bylines).toEqual([
      { name: '王芳', role: 'reporter' },
      { name: '李明', role: 'correspondent' },
    ])
    expect(story.paragraphs).toEqual([BODY])
  })

  it('gives every bracketed name after one role that role', () => {
    const [story] = parse(page(TITLE, `本报讯（通讯员 覃明 田甜）${BODY}`))
    expect(story.bylines).toEqual([
      { name: '覃明', role: 'correspondent' },
      { name: '田甜', role: 'correspondent' },
    ])
  })

  it('does not take a bracketed 报道 for a name', () => {
    const [story] = parse(page(TITLE, `本报讯（记者 王芳 报道）${BODY}`))
    expect(story.bylines).toEqual([{ name: '王芳', role: 'reporter' }])
  })

  it.each([
    [
      'a bracketed credit inside the caption line',
      '图为求职者填写简历。（通讯员 王五 摄）',
      '王五',
    ],
    ['a reporter’s credit after the caption', '图为求职者填写简历。本报记者 刘六 摄', '刘六'],
    ['a 摄影： credit after the caption', '图为求职者填写简历。摄影：张三', '张三'],
  ])('takes %s off the caption', (_kind, line, credit) => {
    const [story] = parse(page(TITLE, `本报讯 ${BODY}`, line, CLOSING))
    expect(story.photos.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: '图为求职者填写简历。', credit },
    ])
    expect(story.paragraphs).toEqual([BODY, CLOSING])
  })

  it.each([
    ['（通讯员 王五 摄）', '王五'],
    ['本报记者 刘六 摄', '刘六'],
    ['摄影：张三', '张三'],
    ['摄影/本报记者 张三', '张三'],
  ])('reads the credit line %s under a caption', (line, credit) => {
    const [story] = parse(page(TITLE, `本报讯 ${BODY}`, '求职者在现场填写简历', line, CLOSING))
    expect(story.photos.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: '求职者在现场填写简历', credit },
    ])
  })

  it('leaves a paragraph that only mentions a photographer as text', () => {
    const text = '他说，摄影爱好者张三常来村里采风。'
    const [story] = parse(page(TITLE, `本报讯 ${BODY}`, text))
    expect(story.photos).toEqual([])
    expect(story.paragraphs).toEqual([BODY, text])
  })
})

describe('headline lines', () => {
  it('reads three lines as kicker, title and subtitle', () => {
    const [story] = parse(
      page('稳就业 促增收', TITLE, '三百多个岗位供求职者挑选', `本报讯 ${BODY}`),
    )
    expect(story).toMatchObject({
      kicker: '稳就业 促增收',
      title: TITLE,
      subtitle: '三百多个岗位供求职者挑选',
    })
  })

  it('takes an enumeration under the title for its subtitle', () => {
    const [story] = parse(page('冬季菜篮子货足价稳', '白菜、土豆、萝卜', `本报讯 ${BODY}`))
    expect(story).toMatchObject({
      kicker: null,
      title: '冬季菜篮子货足价稳',
      subtitle: '白菜、土豆、萝卜',
    })
    expect(story.warnings).toEqual([])
  })

  it('takes a line set off by —— for the subtitle and drops the dash', () => {
    const [story] = parse(page('一条路连起致富梦', '——记吉木萨尔县的修路人', `本报讯 ${BODY}`))
    expect(story).toMatchObject({
      kicker: null,
      title: '一条路连起致富梦',
      subtitle: '记吉木萨尔县的修路人',
    })
  })

  it('takes a first-person motto above a concrete line for the kicker', () => {
    const [story] = parse(
      page('我们要让群众少跑腿，多办事', '阜康市12项业务实现就近办', `本报讯 ${BODY}`),
    )
    expect(story).toMatchObject({
      kicker: '我们要让群众少跑腿，多办事',
      title: '阜康市12项业务实现就近办',
      subtitle: null,
    })
  })

  it('takes a quotation above a line naming a place for the kicker', () => {
    const [story] = parse(
      page('“把小事办好就是大事”', '城关镇网格员走村入户解难题', `本报讯 ${BODY}`),
    )
    expect(story).toMatchObject({
      kicker: '“把小事办好就是大事”',
      title: '城关镇网格员走村入户解难题',
    })
  })

  it('warns when it cannot tell which of two lines is the title', () => {
    const [story] = parse(page('冬季安全不放松', '消防宣传进万家', `本报讯 ${BODY}`))
    expect(story).toMatchObject({
      kicker: null,
      title: '冬季安全不放松',
      subtitle: '消防宣传进万家',
    })
    expect(story.warnings).toEqual([
      { line: 1, message: expect.stringContaining('冬季安全不放松 / 消防宣传进万家') },
    ])
  })
})

describe('regions', () => {
  it('applies a county label to the next story only', () => {
    const [first, second] = parse(
      page(
        '阜康市',
        '冬季供暖平稳运行',
        `本报讯 ${BODY}`,
        '冬季消防演练开展',
        '本报讯 近日，吉木萨尔县开展冬季消防演练。',
      ),
    )
    expect(first).toMatchObject({
      county: '阜康市',
      regions: ['阜康市'],
      title: '冬季供暖平稳运行',
    })
    expect(second).toMatchObject({ county: '吉木萨尔县', regions: ['吉木萨尔县'] })
  })

  it('reads a county-and-town label path', () => {
    const [story] = parse(page('吉木萨尔县城关镇', '冬季供暖平稳运行', `本报讯 ${BODY}`))
    expect(story).toMatchObject({ county: '吉木萨尔县', regions: ['吉木萨尔县', '城关镇'] })
  })

  it('recognises towns and villages it does not know by their suffix after the county', () => {
    const [story] = parse(
      page('冬季供暖平稳运行', '本报讯 近日，吉木萨尔县青松镇幸福村村民搬进了新居。'),
    )
    expect(story).toMatchObject({
      county: '吉木萨尔县',
      regions: ['吉木萨尔县', '青松镇', '幸福村'],
    })
  })

  it('adds the street the text names above a labelled community', () => {
    const [story] = parse(
      page('阜康市幸福社区', '冬季供暖平稳运行', '本报讯 近日，东风路街道幸福社区入户检查供暖。'),
    )
    expect(story.regions).toEqual(['阜康市', '东风路街道', '幸福社区'])
  })

  it('reads a street-and-community label and takes the county from the text', () => {
    const [story] = parse(
      page('东风路街道幸福社区', '冬季供暖平稳运行', '本报讯 近日，阜康市供热公司入户检查供暖。'),
    )
    expect(story).toMatchObject({ county: '阜康市', regions: ['阜康市', '东风路街道', '幸福社区'] })
  })

  it('uses a known place of the gazetteer to find the county', () => {
    const gazetteer = { ...GAZETTEER, places: [{ name: '红星村', county: '奇台县' }] }
    const [story] = parse(page('红星村', '冬季供暖平稳运行', `本报讯 ${BODY}`), gazetteer)
    expect(story).toMatchObject({ county: '奇台县', regions: ['奇台县', '红星村'] })
  })

  it('gives a story whose title names the prefecture the prefecture', () => {
    const [story] = parse(
      page('昌吉回族自治州冬季招聘会开幕', '本报讯 阜康市、呼图壁县、阜康市的企业参加招聘。'),
    )
    expect(story).toMatchObject({ county: '昌吉州', regions: ['昌吉州'] })
  })

  it('gives an unlabelled story the county its text names most', () => {
    const [story] = parse(
      page('冬季招聘会开幕', '本报讯 阜康市企业和呼图壁县企业参加，呼图壁县人社局组织。'),
    )
    expect(story.county).toBe('呼图壁县')
  })

  it('counts the short form of an autonomous county for that county', () => {
    const [story] = parse(page('冬季招聘会开幕', '本报讯 木垒县举办冬季招聘会。'))
    expect(story.county).toBe('木垒哈萨克自治县')
  })

  it('does not take generic words like 美丽乡村 or 各乡镇 for places', () => {
    const [story] = parse(
      page('冬季招聘会开幕', '本报讯 奇台县美丽乡村建设提速，奇台县各乡镇齐参与。'),
    )
    expect(story.regions).toEqual(['奇台县'])
  })

  it('works with the gazetteer of another prefecture', () => {
    const other: Gazetteer = {
      prefecture: '云岭州',
      counties: ['青山市', '松溪县', '白河蒙古自治县'],
      columns: ['田间地头'],
    }
    const stories = parse(
      page(
        '田间地头',
        '松溪县石桥镇',
        '冬小麦长势良好',
        `本报讯 ${BODY}`,
        '云岭州冬季招聘会开幕',
        `本报讯 ${BODY}`,
        '冬季招聘会开幕',
        '本报讯 白河县举办冬季招聘会。',
      ),
      other,
    )
    expect(stories.map(({ county, regions, column }) => ({ county, regions, column }))).toEqual([
      { county: '松溪县', regions: ['松溪县', '石桥镇'], column: '田间地头' },
      { county: '云岭州', regions: ['云岭州'], column: null },
      { county: '白河蒙古自治县', regions: ['白河蒙古自治县'], column: null },
    ])
  })
})

describe('places the area’s tree lacks', () => {
  const gazetteer: Gazetteer = {
    ...GAZETTEER,
    places: [
      { name: '美源社区', county: '阜康市' },
      { name: '美苑街道', county: '阜康市' },
      { name: '红星村', county: '奇台县' },
    ],
  }

  it('warns about a place not in the tree, naming the nearest known ones', () => {
    const [story] = parse(page('阜康市美院社区', TITLE, `本报讯 ${BODY}`), gazetteer)
    expect(story.regions).toEqual(['阜康市', '美院社区'])
    expect(story.warnings.map((warning) => warning.message)).toEqual([
      '地名“美院社区”不在地区树中，导入时将新建；相近的地区：美源社区、美苑街道、红星村，请核对',
    ])
  })

  it('says nothing of a place the tree knows', () => {
    const [story] = parse(page('阜康市美源社区', TITLE, `本报讯 ${BODY}`), gazetteer)
    expect(story.regions).toEqual(['阜康市', '美源社区'])
    expect(story.warnings).toEqual([])
  })

  it('places nothing by a name two counties share', () => {
    const shared = {
      ...gazetteer,
      places: [...gazetteer.places!, { name: '红星村', county: '阜康市' }],
    }
    const [story] = parse(page('红星村', '冬季供暖平稳运行', `本报讯 ${BODY}`), shared)
    expect(story.county).toBeNull()
  })
})

describe('column labels', () => {
  it('applies a column label to the next story only', () => {
    const [first, second] = parse(
      page('民生视窗', TITLE, `本报讯 ${BODY}`, '冬季消防演练开展', `本报讯 ${CLOSING}`),
    )
    expect(first).toMatchObject({ column: '民生视窗', title: TITLE })
    expect(second.column).toBeNull()
  })

  it('reads a bracketed column label together with a region label', () => {
    const [story] = parse(page('【乡村振兴在行动】', '奇台县', '冬小麦长势良好', `本报讯 ${BODY}`))
    expect(story).toMatchObject({
      column: '乡村振兴在行动',
      county: '奇台县',
      title: '冬小麦长势良好',
    })
  })

  it('takes an unknown short line above a full headline for the column, and warns', () => {
    const [story] = parse(
      page('田间地头', '科技助农', '冬小麦长势良好', '节水灌溉覆盖全镇', `本报讯 ${BODY}`),
    )
    expect(story).toMatchObject({ column: '田间地头', kicker: '科技助农', title: '冬小麦长势良好' })
    expect(story.warnings).toEqual([{ line: 1, message: expect.stringContaining('田间地头') }])
  })

  it('takes an unknown short line right above a region label for the column, and warns', () => {
    const [, story] = parse(
      page(TITLE, `本报讯 ${BODY}`, '百姓身边事', '奇台县', '冬小麦长势良好', `本报讯 ${CLOSING}`),
    )
    expect(story).toMatchObject({ column: '百姓身边事', county: '奇台县', title: '冬小麦长势良好' })
    expect(story.warnings).toEqual([{ line: 5, message: expect.stringContaining('百姓身边事') }])
  })

  it('proposes a bracketed column the newsroom lacks as a new one, and warns', () => {
    const [story] = parse(page('【百姓身边事】', '奇台县', '冬小麦长势良好', `本报讯 ${BODY}`))
    expect(story).toMatchObject({ column: '百姓身边事', county: '奇台县' })
    expect(story.warnings).toEqual([
      { line: 1, message: '栏目“百姓身边事”尚未建立，导入时将新建，请核对' },
    ])
  })
})

describe('first-person profiles', () => {
  const profile = page(
    '我想让每个孩子都能读上书',
    '乡村教师马建国：三十年守着一所学校',
    '□马建国/口述 本报记者/李娜 整理',
    '我叫马建国，今年56岁，是吉木萨尔县的一名乡村教师。',
    '初心：从一块黑板开始',
    '1994年，我来到村小任教。',
    '小时候，我常跟着父亲去',
    '地里干活。',
    '坚守：一个人的学校',
    '学校最少时只有七个学生。',
  )

  it('reads narrator and compiler from the profile credit line', () => {
    const [story] = parse(profile)
    expect(story).toMatchObject({
      type: 'profile',
      dateline: null,
      kicker: '我想让每个孩子都能读上书',
      title: '乡村教师马建国：三十年守着一所学校',
      bylines: [
        { name: '马建国', role: 'narrator' },
        { name: '李娜', role: 'compiler' },
      ],
    })
  })

  it('reads a profile credit printed as 口述/名字 整理/名字', () => {
    const [story] = parse(page('乡村教师马建国', '□口述/马建国 整理/李娜', '我叫马建国。'))
    expect(story.bylines).toEqual([
      { name: '马建国', role: 'narrator' },
      { name: '李娜', role: 'compiler' },
    ])
  })

  it('splits the profile into chapters at its subheadings', () => {
    const [story] = parse(profile)
    expect(story.subheadings).toEqual(['初心：从一块黑板开始', '坚守：一个人的学校'])
    expect(story.chapters).toEqual([
      { subheading: null, paragraphs: ['我叫马建国，今年56岁，是吉木萨尔县的一名乡村教师。'] },
      {
        subheading: '初心：从一块黑板开始',
        paragraphs: ['1994年，我来到村小任教。', '小时候，我常跟着父亲去地里干活。'],
      },
      { subheading: '坚守：一个人的学校', paragraphs: ['学校最少时只有七个学生。'] },
    ])
    expect(story.paragraphs).toHaveLength(4)
    expect(story.county).toBe('吉木萨尔县')
  })
})

describe('paragraph repair', () => {
  it('joins a paragraph cut at a column end', () => {
    const [story] = parse(
      page(TITLE, '本报讯 记者李明报道：招聘会为群众，提', '供了三百多个岗位。'),
    )
    expect(story.paragraphs).toEqual(['招聘会为群众，提供了三百多个岗位。'])
  })

  it('joins a paragraph cut across blank and whitespace-only lines', () => {
    const text = [
      TITLE,
      '',
      `本报讯 ${BODY}`,
      '',
      '招聘会为群众提',
      ' ',
      '\u3000\u3000',
      '\t',
      '',
      '供了三百多个岗位。',
    ].join('\n')
    expect(parse(text)[0].paragraphs).toEqual([BODY, '招聘会为群众提供了三百多个岗位。'])
  })

  it('continues a paragraph ending in ：“ or a comma', () => {
    const [story] = parse(
      page(
        TITLE,
        `本报讯 ${BODY}`,
        '求职者王芳说：“',
        '这次找到了满意的工作。”',
        '她笑着说，',
        '明年还来。',
      ),
    )
    expect(story.paragraphs).toEqual([
      BODY,
      '求职者王芳说：“这次找到了满意的工作。”',
      '她笑着说，明年还来。',
    ])
  })

  it('ends a paragraph at 。” and continues one whose quote closes mid-sentence', () => {
    const [story] = parse(
      page(TITLE, `本报讯 ${BODY}`, '王芳说：“很满意。”', '她被评为“优秀员工”', '称号。'),
    )
    expect(story.paragraphs).toEqual([BODY, '王芳说：“很满意。”', '她被评为“优秀员工”称号。'])
  })

  it('keeps a paragraph whose opening was lost and warns with its line', () => {
    const [story] = parse(
      page(TITLE, `本报讯 ${BODY}`, '业服务站+就业热线”联动的模式受到欢迎。', CLOSING),
    )
    expect(story.paragraphs).toEqual([BODY, '业服务站+就业热线”联动的模式受到欢迎。', CLOSING])
    expect(story.warnings).toEqual([
      { line: 5, message: expect.stringMatching(/^第2段开头疑似在排版中丢失：业服务站/) },
    ])
  })

  it('warns about a paragraph opening with punctuation or a clause-final particle', () => {
    const [story] = parse(page(TITLE, `本报讯 ${BODY}`, '，并现场签约。', '们纷纷点赞。'))
    expect(story.warnings.map((warning) => warning.line)).toEqual([5, 7])
  })

  it('warns when a story ends in the middle of a sentence', () => {
    const [story] = parse(page(TITLE, `本报讯 ${BODY}`, '下一步，招聘会将'))
    expect(story.warnings).toEqual([
      { line: 5, message: expect.stringContaining('结尾疑似不完整') },
    ])
  })
})

describe('story boundaries', () => {
  it('starts a new story at headline lines followed by a byline', () => {
    const stories = parse(
      page(
        TITLE,
        `本报讯 ${BODY}`,
        '冬季消防演练开展',
        '消防员示范灭火器使用',
        `本报讯 ${CLOSING}`,
      ),
    )
    expect(stories.map((story) => story.title)).toEqual([TITLE, '冬季消防演练开展'])
  })

  it('does not start a story at a short line inside the body', () => {
    const stories = parse(page(TITLE, `本报讯 ${BODY}`, '不远处，招聘专区的', '展位前也围满了人。'))
    expect(stories).toHaveLength(1)
    expect(stories[0].paragraphs).toEqual([BODY, '不远处，招聘专区的展位前也围满了人。'])
  })

  it('keeps a short quoted sentence closing a story in that story, not as the next kicker', () => {
    const [first, second] = parse(
      page(TITLE, `本报讯 ${BODY}`, '“太好了！”', '冬季消防演练开展', `本报讯 ${CLOSING}`),
    )
    expect(first.paragraphs).toEqual([BODY, '“太好了！”'])
    expect(second).toMatchObject({ kicker: null, title: '冬季消防演练开展' })
  })

  it('keeps text printed above the first headline as an untitled story, and warns', () => {
    const [lead, story] = parse(page('供了三百多个岗位。', TITLE, `本报讯 ${BODY}`))
    expect(lead).toMatchObject({ title: '', paragraphs: ['供了三百多个岗位。'] })
    expect(lead.warnings).toEqual([{ line: 1, message: expect.stringContaining('没有标题') }])
    expect(story.title).toBe(TITLE)
  })

  it('keeps a story whose headline cannot be found, and warns', () => {
    const stories = parse(page(TITLE, `本报讯 ${BODY}`, `本报讯 ${CLOSING}`))
    expect(stories.map((story) => story.paragraphs)).toEqual([[BODY], [CLOSING]])
    expect(stories[1]).toMatchObject({
      title: '',
      warnings: [{ line: 5, message: expect.any(String) }],
    })
  })
})

describe('input clean-up', () => {
  const clean = page(
    '民生视窗',
    '阜康市',
    '冬季供暖平稳运行',
    '本报讯 记者 李明 报道：供热公司入户检查，',
    '排查隐患。',
  )

  it('gives identical output for CRLF, a BOM, full-width and no-break spaces', () => {
    const dirty = `\ufeff${clean}`
      .split('\n')
      .map((line) =>
        line ? `\u3000\u3000${line.replace(' ', '\u00a0').replace(' ', '\u3000')} ` : '\u3000',
      )
      .join('\r\n')
    expect(dirty).not.toBe(clean)
    expect(parsePage(dirty, GAZETTEER)).toEqual(parsePage(clean, GAZETTEER))
  })

  it('ignores stray blank lines', () => {
    const stray = clean.replace(/\n\n/g, '\n\n\n\n')
    expect(toDryRunJson(parsePage(stray, GAZETTEER))).toEqual(
      toDryRunJson(parsePage(clean, GAZETTEER)),
    )
  })
})

describe('dry-run output', () => {
  it('gives warnings as text with their line, and photos without line numbers', () => {
    const result = parsePage(
      page(TITLE, `本报讯 ${BODY}`, '，并现场签约。', '图为现场。', '□王磊摄'),
      GAZETTEER,
    )
    expect(toDryRunJson(result).stories[0]).toMatchObject({
      title: TITLE,
      photos: [{ caption: '图为现场。', credit: '王磊' }],
      warnings: ['第5行：第2段开头疑似在排版中丢失：，并现场签约。'],
    })
  })
})
