import type { LogFn, Logger } from 'pino'

/** pino's number for `error`; `fatal` (60) is left alone. */
const ERROR = 50

/** The HTTP status an error answers with, when it is the client's (4xx), else null. */
function clientStatus(value: unknown): number | null {
  if (!value || typeof value !== 'object' || !('status' in value)) return null
  const { status } = value
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/**
 * A pino `logMethod` hook. Payload logs every error a request ends in at ERROR with its stack,
 * unless its class is one of a few it knows (Forbidden, NotFound); so a refused request — a 400
 * for a forbidden query, a 403 from a hook, a 413 upload — read like the server failing. Here an
 * error that carries a 4xx status is logged at INFO in one line (status and message; not the
 * class name, which a production build minifies to a letter); ERROR stays for the server's own
 * failures.
 */
export function logRefusalsAsInfo(
  this: Logger,
  args: Parameters<LogFn>,
  method: LogFn,
  level: number,
): void {
  const [first] = args
  const error = first instanceof Error ? first : (first as { err?: unknown } | undefined)?.err
  const status = level === ERROR ? clientStatus(error) : null
  if (status === null) return method.apply(this, args)
  this.info(`${status} ${(error as Error).message}`)
}
