// Replaced by `npm run payload migrate:create`, which lists every migration here.
import type { Migration } from 'payload'

export const migrations: Migration[] = []
