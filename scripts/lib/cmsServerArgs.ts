import path from 'node:path'

import { projectRoot } from '../../cms/src/projectRoot'

/**
 * How to run the CMS's production server (scripts/cmsServer.ts) with the Node that runs the caller
 * (`process.execPath`): `npm start`, the benchmark and the browser tests all run the same one.
 */
export const cmsServerArgs = (hostname: string, port: number): string[] => [
  '--import',
  'tsx',
  path.join(projectRoot, 'scripts/cmsServer.ts'),
  '--hostname',
  hostname,
  '--port',
  String(port),
]
