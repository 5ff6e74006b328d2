import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository root: default paths, the site's sources and the tools in node_modules are found
 * from it, whatever the working directory. In a module of its own, free of side effects, so a test
 * helper or the site builder can know it without loading `env.ts` (which creates the data folder).
 */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
