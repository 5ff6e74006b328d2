import { spawn } from 'node:child_process'
import path from 'node:path'

import type { BuildOptions, BuildReport } from '../../../site/builder/build'
import { projectRoot } from '../projectRoot'

const BUILDER = path.join(projectRoot, 'site/builder/main.ts')

type Serialized<T> = Omit<T, 'now'> & { now: string }

export type BuilderRequest =
  | ({ mode: 'build' } & Serialized<BuildOptions>)
  | {
      mode: 'preview'
      storeDir: string
      siteRoot: string
      siteUrl: string
      now: string
    }

/**
 * Runs the site builder (site/builder/main.ts) in its own process, so the CMS never loads the site's
 * templates and a build's memory goes when it ends. On failure the error carries the end of its
 * output.
 */
export function runBuilder(request: { mode: 'build' } & Serialized<BuildOptions>): Promise<BuildReport>
export function runBuilder(
  request: Extract<BuilderRequest, { mode: 'preview' }>,
): Promise<{ html: string; clientDir: string }>
export function runBuilder(request: BuilderRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BUILDER, JSON.stringify(request)], {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout = (stdout + chunk.toString()).slice(-2_000_000)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000)
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const last = stdout.trim().split('\n').at(-1) ?? ''
      if (code === 0 && last.startsWith('{')) return resolve(JSON.parse(last))
      // The builder's own reason, then what the templates threw (Astro logs it as [ERROR]).
      const lines = stderr.trim().split('\n')
      const reason = [
        ...lines.filter((l) => l.trim() && !/^\s+at /.test(l)).slice(-3),
        ...lines.filter((l) => l.includes('[ERROR]')).slice(0, 3),
      ]
      reject(
        new Error(
          `网站构建失败 (the site build failed, ${code ?? signal}): ${[...new Set(reason)].join('\n')}`,
        ),
      )
    })
  })
}
