/** Writes text to stdout and waits until it is out, so exiting right after loses nothing. */
export function print(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(`${text}\n`, () => resolve()))
}

/**
 * Runs a command and exits with its code. Exiting explicitly matters: after `payload.destroy()`
 * the process would otherwise linger for seconds on handles the database client leaves behind.
 */
export function runCommand(command: () => Promise<number>): void {
  command().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
