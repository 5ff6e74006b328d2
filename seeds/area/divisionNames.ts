/**
 * The names a paper prints, from the names in the national division data: the data names village
 * committees and street offices (团结村村委会, 西街社区居民委员会, 东城街道办事处), the paper the
 * village, community or street (团结村, 西街社区, 东城街道).
 */

// The 55 minority nationalities, as autonomous areas name them (with or without 族).
const NATIONALITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺'
const AUTONOMOUS_PREFECTURE = new RegExp(`^(.{2,}?)(?:(?:${NATIONALITIES})族?)+自治州$`)

/**
 * The name a paper uses for its prefecture: an autonomous prefecture by its place name and 州
 * (伊犁哈萨克自治州 → 伊犁州, 黔东南苗族侗族自治州 → 黔东南州); any other name as it is.
 */
export function prefectureName(official: string): string {
  const match = AUTONOMOUS_PREFECTURE.exec(official)
  return match ? `${match[1]}州` : official
}

/** A 乡镇/街道 name: 东城街道办事处 → 东城街道; others as they are. */
export function townName(official: string): string {
  return official.replace(/街道办事处$/, '街道').replace(/办事处$/, '')
}

/**
 * A 村/社区 name from its committee's: 西街社区居民委员会 → 西街社区, 团结村村委会 → 团结村,
 * 团结村民委员会 → 团结村, 城关居委会 → 城关社区; others (一连生活区) as they are.
 */
export function communityName(official: string): string {
  const resident = /^(.+?)(?:居民委员会|居委会)$/.exec(official)
  if (resident) return resident[1].endsWith('社区') ? resident[1] : `${resident[1]}社区`
  const village = /^(.+?)(?:村民委员会|村委会)$/.exec(official)
  if (village) return village[1].endsWith('村') ? village[1] : `${village[1]}村`
  return official
}
