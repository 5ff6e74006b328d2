import path from 'node:path'

import type { Page } from 'playwright-core'

import { projectRoot } from './root'

const AXE = path.join(projectRoot, 'node_modules/axe-core/axe.min.js')
/** WCAG 2.0 and 2.1, A and AA, plus axe's best practices (which include label-title-only). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/** Axe's violations on the page as it is now, one line each, for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: { id: string; help: string; nodes: { target: string[] }[] }[]
    }
    return result.violations
  }, AXE_TAGS)
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}
