import type { TaskConfig } from 'payload'

import { buildSite } from './buildSite'

/**
 * The site build as a Payload job: stored in the database (a restart loses no request), run by the
 * CMS's job runner, one at a time, and coalesced — a newer request replaces older pending ones, so
 * the build that runs always reads the latest state.
 */
export const buildSiteTask: TaskConfig<'buildSite'> = {
  slug: 'buildSite',
  label: '构建网站 (build the public site)',
  // A failed build is reported, not retried: the next change asks for a new one.
  retries: 0,
  concurrency: { key: () => 'site-build', exclusive: true, supersedes: true },
  inputSchema: [
    { name: 'reason', type: 'text' },
    // `npm run site:build -- --full`: export and render everything, whatever changed.
    { name: 'full', type: 'checkbox' },
  ],
  outputSchema: [
    { name: 'buildId', type: 'text', required: true },
    { name: 'durationMs', type: 'number', required: true },
    { name: 'full', type: 'checkbox', required: true },
    { name: 'stories', type: 'number', required: true },
    { name: 'pages', type: 'number', required: true },
    { name: 'rendered', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => ({
    output: await buildSite(req.payload, { full: input.full ?? false }),
  }),
}
