/**
 * The post-build check, page by page, on what the templates actually rendered: a template that
 * silently drops a story, or a page whose content renders empty, answers 200 and would otherwise
 * go live. The builder refuses the build with the reason this returns.
 */
import type { PageData } from '../src/pageData'
import type { PageKey } from './pages'

/** Why a rendered page must not go live, in Chinese for the desk (English in brackets), or null. */
export function pageRefusal(
  urlPath: string,
  key: PageKey,
  data: PageData,
  body: Uint8Array,
): string | null {
  const text = new TextDecoder().decode(body)
  if (text.trim() === '') return `页面 ${urlPath} 内容为空 (${key} rendered nothing)`
  const story = key.startsWith('story:') ? key.slice('story:'.length) : null
  if (story && !text.includes(`data-story="${story}"`)) {
    return `页面 ${urlPath} 不是该稿件 (the page does not carry ${story})`
  }
  if (urlPath.endsWith('/') && !hasMainContent(text)) {
    return `页面 ${urlPath} 正文为空 (${key} rendered an empty <main>)`
  }
  // Every story the page was handed is linked from it — lists, leads, related stories, feeds —
  // or a place in it (the corrections page links each story's 更正 note).
  const dropped = Object.entries(data.content.storyUrls).filter(
    ([, url]) =>
      !text.includes(`${url}"`) &&
      !text.includes(`${url}<`) &&
      !text.includes(`${url}#`) &&
      !text.includes(`${encodeURI(url)}"`),
  )
  if (dropped.length > 0) {
    const [first] = dropped
    return `页面 ${urlPath} 漏掉了 ${dropped.length} 篇稿件，如 ${first[1]} (${key} does not link ${dropped.map(([k]) => k).join(', ')})`
  }
  return null
}

/** Whether an HTML page's <main> holds any text: the site's layout puts every page's content there. */
function hasMainContent(html: string): boolean {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1]
  return main !== undefined && main.replace(/<[^>]*>/g, '').trim() !== ''
}
