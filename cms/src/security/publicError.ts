import { APIError } from 'payload'

/**
 * An error whose message reaches the client. Payload's REST handler shows a message only when the
 * error has a `name`, and a production build minifies `APIError`'s class name to nothing — the
 * client would read "An unknown error occurred." — so the name is set here.
 */
export function publicError(message: string, status: number): APIError {
  const error = new APIError(message, status, null, true)
  error.name = 'APIError'
  return error
}
