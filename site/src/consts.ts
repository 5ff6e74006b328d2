// The paper's name, description and area are data (报社设置), read through the snapshot: `site.paper`.
/**
 * The calendar editions and URLs are dated in until the paper's own (报社设置's 时区, carried in
 * the store) is read: China Standard Time, as 报社设置 itself defaults to.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'
/** Pages say `zh-CN` (which is also what makes Pagefind segment Chinese words). */
export const LANGUAGE = 'zh-CN'
/** Google News and RSS spell it in lower case. */
export const FEED_LANGUAGE = 'zh-cn'

/** Stories on a list's front page; older ones are on its archive pages by month. */
export const STORIES_PER_PAGE = 20
/** The page size of the numbered list pages (`…/page/2/`) of the layout before month archives. */
export const OLD_PAGE_SIZE = 20
export const HOME_STORIES_PER_GROUP = 5
export const HOME_PROFILES = 3
export const RELATED_STORIES = 5
export const FEED_ITEMS = 50
/** Google News sitemaps list only stories published in the last two days. */
export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000

/** The 长辈版 switch: its checkbox id, the words beside it, where the choice is remembered. */
export const LARGE_TYPE_ID = 'large-type'
export const LARGE_TYPE_LABEL = '长辈版 / 大字'
export const LARGE_TYPE_KEY = 'county-news:large-type'
/** Set on <html> by the switch's script, for browsers without `:has()`. */
export const LARGE_TYPE_CLASS = 'large-type'
