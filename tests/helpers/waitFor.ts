export type WaitOptions = {
  /** How often to check. */
  intervalMs?: number
  /** What is waited for, to name it in the failure. */
  what?: string
  /** More for the failure message, read when it fails: a server's last log lines, say. */
  explain?: () => string
}

/**
 * Polls until `check` returns a value (not undefined or null), or fails after `timeoutMs`: waiting
 * on a condition, not a clock.
 */
export async function waitFor<T>(
  check: () => T | null | undefined | Promise<T | null | undefined>,
  timeoutMs: number,
  { intervalMs = 500, what = 'condition', explain }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== null) return value
    if (Date.now() > deadline) {
      const more = explain ? `\n${explain()}` : ''
      throw new Error(`${what} not met within ${timeoutMs / 1000} s${more}`)
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
