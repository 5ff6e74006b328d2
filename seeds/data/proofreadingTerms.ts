import type { ProofreadingTerm } from '@/payload-types'

type StartingTerm = Pick<ProofreadingTerm, 'term' | 'suggestion' | 'category' | 'level'> &
  Partial<Pick<ProofreadingTerm, 'pattern' | 'note'>>

/**
 * The starting 校对词表 a new install gets (loaded with the sample issue, matched by term, so a
 * newsroom's edits survive a re-run). Drawn from the usual newsroom references — 新华社《新闻报道中
 * 禁用的词语》, the advertising law's absolute terms, and the wrong characters proofreaders catch
 * most — and meant to be edited: a paper adds its leaders' names and titles and its own places.
 */
export const STARTING_TERMS: StartingTerm[] = [
  // 政治性表述
  { term: '台湾总统', suggestion: '台湾地区领导人', category: 'political', level: 'banned' },
  { term: '台湾政府', suggestion: '台湾当局', category: 'political', level: 'banned' },
  {
    term: '中华民国',
    suggestion: '台湾地区（1949年后）',
    category: 'political',
    level: 'banned',
    note: '1949年10月1日以后不得使用；此前的历史表述除外，需由终审说明理由后保留。',
  },
  { term: '内地与台湾', suggestion: '大陆与台湾', category: 'political', level: 'banned' },
  {
    term: '中港',
    suggestion: '内地与香港',
    category: 'political',
    level: 'caution',
    pattern: '中港(?=两地|合作|关系|交流)',
  },
  { term: '北朝鲜', suggestion: '朝鲜', category: 'political', level: 'banned' },
  // 广告法禁用极限词
  {
    term: '最佳',
    suggestion: '删去或改为具体事实',
    category: 'advertising',
    level: 'banned',
    note: '《广告法》第九条禁止使用“最佳”“最高级”等绝对化用语；新闻中如系引述评比名称，由终审说明后保留。',
  },
  { term: '最高级', suggestion: '删去或改为具体事实', category: 'advertising', level: 'banned' },
  {
    term: '国家级',
    suggestion: '核实出处；确为国家级名录、奖项时由终审保留',
    category: 'advertising',
    level: 'banned',
    note: '宣传产品、商家时为广告法禁用词；国家级非遗、国家级开发区等确有出处者可保留。',
  },
  {
    term: '销量第一',
    suggestion: '删去或改为具体数据及出处',
    category: 'advertising',
    level: 'banned',
    pattern: '(?:销量|全国|全网|行业|全球|世界)第一',
  },
  { term: '第一品牌', suggestion: '删去', category: 'advertising', level: 'banned' },
  { term: '史无前例', suggestion: '核实后慎用', category: 'advertising', level: 'caution' },
  // 歧视性用语
  { term: '残废人', suggestion: '残疾人', category: 'discriminatory', level: 'banned' },
  { term: '瞎子', suggestion: '盲人、视力残疾人', category: 'discriminatory', level: 'banned' },
  { term: '聋哑人', suggestion: '聋人、听力残疾人', category: 'discriminatory', level: 'caution' },
  { term: '弱智', suggestion: '智力残疾人', category: 'discriminatory', level: 'banned' },
  {
    term: '艾滋病人',
    suggestion: '艾滋病感染者、艾滋病患者',
    category: 'discriminatory',
    level: 'caution',
  },
  // 易错字词
  { term: '布署', suggestion: '部署', category: 'confusion', level: 'caution' },
  {
    term: '截止',
    suggestion: '截至',
    category: 'confusion',
    level: 'caution',
    pattern: '截止(?=\\d{1,4}年|\\d{1,2}月|\\d{1,2}日|目前|今年|去年|本月|上月|当前|年底|发稿)',
    note: '表示“到某时为止”的统计时点用“截至”；“截止”用于期限，后面不接时间。',
  },
  { term: '既使', suggestion: '即使', category: 'confusion', level: 'caution' },
  { term: '按装', suggestion: '安装', category: 'confusion', level: 'caution' },
  { term: '再接再励', suggestion: '再接再厉', category: 'confusion', level: 'caution' },
  { term: '迫不急待', suggestion: '迫不及待', category: 'confusion', level: 'caution' },
  { term: '一愁莫展', suggestion: '一筹莫展', category: 'confusion', level: 'caution' },
  { term: '针贬时弊', suggestion: '针砭时弊', category: 'confusion', level: 'caution' },
  { term: '默守成规', suggestion: '墨守成规', category: 'confusion', level: 'caution' },
  { term: '美仑美奂', suggestion: '美轮美奂', category: 'confusion', level: 'caution' },
  { term: '融汇贯通', suggestion: '融会贯通', category: 'confusion', level: 'caution' },
  { term: '按步就班', suggestion: '按部就班', category: 'confusion', level: 'caution' },
  { term: '坐阵', suggestion: '坐镇', category: 'confusion', level: 'caution' },
  { term: '寒喧', suggestion: '寒暄', category: 'confusion', level: 'caution' },
  { term: '松驰', suggestion: '松弛', category: 'confusion', level: 'caution' },
  { term: '入场卷', suggestion: '入场券', category: 'confusion', level: 'caution' },
  { term: '一股作气', suggestion: '一鼓作气', category: 'confusion', level: 'caution' },
  { term: '甘败下风', suggestion: '甘拜下风', category: 'confusion', level: 'caution' },
  // 人名职务、地名（示例，由本报补充领导同志姓名职务）
  {
    term: '付县长',
    suggestion: '副',
    category: 'name',
    level: 'caution',
    pattern: '付(?=(?:州|县|市|镇|乡)?(?:长|书记|主任|主席|局长|州长|县长|市长|镇长|乡长))',
  },
  { term: '昌吉洲', suggestion: '昌吉州', category: 'name', level: 'caution' },
  { term: '吉木沙尔', suggestion: '吉木萨尔', category: 'name', level: 'caution' },
  { term: '马纳斯县', suggestion: '玛纳斯县', category: 'name', level: 'caution' },
]
