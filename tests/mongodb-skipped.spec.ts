import { describe, it } from 'vitest'

// Listed only when MONGODB_URI is unset, so the report says plainly that MongoDB was not tested.
describe('integration suites on MongoDB', () => {
  it.skip('skipped: set MONGODB_URI=mongodb://127.0.0.1:27017 to run every int suite against MongoDB', () => {})
})
