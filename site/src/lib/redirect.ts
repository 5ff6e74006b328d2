import { escapeMarkup } from './markup'

/**
 * A page left at an address that moved: it works without JavaScript (a meta refresh), tells search
 * engines where the content lives now (canonical), and gives a reader a link to click.
 */
export function redirectHtml(target: string): string {
  const href = escapeMarkup(target)
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>页面已移动</title>
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
</head>
<body>
<p>此页面已移至 <a href="${href}">${href}</a>。</p>
</body>
</html>
`
}
