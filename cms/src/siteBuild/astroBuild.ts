import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../env'

const ASTRO_CLI = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs')

export function folderBytes(dir: string): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}

/** Runs `astro build` in its own process; on failure the error carries the end of its output. */
function runAstro(
  astroRoot: string,
  outDir: string,
  environment: Record<string, string>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ASTRO_CLI, 'build', '--root', astroRoot, '--outDir', outDir, '--silent'],
      {
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...environment },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `astro build failed (${code ?? signal}): ${output.trim().split('\n').slice(-8).join('\n')}`,
          ),
        )
    })
  })
}

/**
 * Astro writes its prerender chunks under the working directory, which must stay the repository
 * (the chunks resolve packages from there), so two builds at once would overwrite each other's.
 * Live builds and previews both run in the CMS process: one at a time, in the order asked.
 */
let previous: Promise<unknown> = Promise.resolve()

export function astroBuild(...args: Parameters<typeof runAstro>): Promise<void> {
  const build = previous.then(() => runAstro(...args))
  previous = build.catch(() => undefined)
  return build
}
