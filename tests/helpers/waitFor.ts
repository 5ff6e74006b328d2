/** Polls until `check` returns a value, or fails after `timeoutMs`: waiting on a condition, not a clock. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
