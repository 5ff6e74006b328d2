import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Opens the schedule drawer of the story open in `page` (the publish button's menu, 预约发布) and
 * chooses 发布: on a never-published draft the drawer may open on 取消发布 (STACK-NOTES pitfall 5).
 */
export async function openScheduleDrawer(page: Page, title: string): Promise<Locator> {
  await page.locator('#action-save-popup button.popup-button').click()
  await page.getByRole('button', { name: '预约发布' }).click()
  const drawer = page.locator('dialog:has(#scheduled-publish-save)')
  await drawer.getByRole('heading', { name: `为 ${title} 安排发布时间` }).waitFor()
  await drawer
    .locator('label')
    .filter({ hasText: /^发布$/ })
    .click()
  await expect
    .poll(() => drawer.locator('input[type="radio"][id$="-type-publish"]').isChecked())
    .toBe(true)
  expect(await drawer.locator('input[type="radio"][id$="-type-unpublish"]').isChecked()).toBe(false)
  return drawer
}
