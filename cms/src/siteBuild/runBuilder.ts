import { spawn, type ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { BuildReport } from '../../../site/builder/build'
import { rendererFingerprint } from '../../../site/builder/renderer'
import type { ServiceAnswer, ServiceRequest } from '../../../site/builder/service'
import { projectRoot as root } from '../projectRoot'

const SERVICE = path.join(root, 'site/builder/service.ts')
const PREVIEW = path.join(root, 'site/builder/main.ts')

export type PreviewRequest = { storeDir: string; siteRoot: string; siteUrl: string; now: string }

/** The builder's niceness (0 normal, 19 lowest). */
const BUILD_PRIORITY = 10
const builderEnv = () => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' })

/** The builder's own reason, then what the templates threw (Astro logs it as [ERROR]). */
function failure(why: string, stderr: string, own: string[] = []): Error {
  const lines = stderr.trim().split('\n')
  const reason = [
    ...own,
    ...lines.filter((l) => l.trim() && !/^\s+at /.test(l)).slice(-3),
    ...lines.filter((l) => l.includes('[ERROR]')).slice(0, 3),
  ]
  return new Error(`网站构建失败 (the site build failed, ${why}): ${[...new Set(reason)].join('\n')}`)
}

type Service = { child: ChildProcess; code: string; stderr: string; queue: Promise<unknown> }
let service: Service | null = null

/**
 * The builder that stays up (site/builder/service.ts), started on the first build and again when
 * it died or its own code changed (the fingerprint covers the builder): it keeps the live build's
 * archive between builds. While idle it holds the CMS open no more than a closed file would.
 */
function builderService(): Service {
  const code = rendererFingerprint(path.join(root, 'site'))
  if (service && service.code === code && service.child.connected) return service
  service?.child.kill('SIGKILL')
  const child = spawn(process.execPath, ['--import', 'tsx', SERVICE], {
    cwd: root,
    env: builderEnv(),
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  })
  // Builds are background work: on a two-core server the editors' saves come first, and the
  // builder's Astro and Pagefind processes inherit its lower priority.
  if (child.pid) os.setPriority(child.pid, BUILD_PRIORITY)
  const started: Service = { child, code, stderr: '', queue: Promise.resolve() }
  child.stderr?.on('data', (chunk: Buffer) => {
    started.stderr = (started.stderr + chunk.toString()).slice(-8000)
  })
  child.on('exit', () => {
    if (service === started) service = null
  })
  idle(started)
  service = started
  return started
}

/**
 * Ends the builder that stays up, and what it holds: for a process that built once and goes on
 * to do other things (`npm start` builds before it starts the CMS, whose own builder takes over).
 */
export function stopBuilder(): void {
  service?.child.kill('SIGKILL')
  service = null
}

/** Between builds the builder's handles do not keep the CMS (or a script) running. */
function idle({ child }: Service, busy = false): void {
  for (const handle of [child, child.channel, child.stderr as Socket | null]) {
    if (handle) {
      if (busy) handle.ref()
      else handle.unref()
    }
  }
}

/**
 * Runs one site build in the builder that stays up, so the CMS never loads the site's templates;
 * builds queue behind each other. On failure the error carries the builder's reason and the end of
 * its output; a builder that died is started afresh by the next build.
 */
export function runBuild(request: ServiceRequest): Promise<BuildReport> {
  const current = builderService()
  const run = current.queue.then(
    () =>
      new Promise<BuildReport>((resolve, reject) => {
        const { child } = current
        current.stderr = ''
        idle(current, true)
        const done = () => {
          child.off('message', onMessage)
          child.off('exit', onExit)
          idle(current)
        }
        const onMessage = (answer: ServiceAnswer) => {
          done()
          if (answer.ok) resolve(answer.report)
          else reject(failure('the builder refused', current.stderr, answer.error.split('\n')))
        }
        const onExit = (exitCode: number | null, signal: NodeJS.Signals | null) => {
          done()
          reject(failure(`the builder ended: ${exitCode ?? signal}`, current.stderr))
        }
        child.on('message', onMessage)
        child.on('exit', onExit)
        if (!child.connected) return onExit(child.exitCode, child.signalCode)
        child.send(request)
      }),
  )
  current.queue = run.catch(() => undefined)
  return run
}

/**
 * Renders a draft's page in a process of its own (site/builder/main.ts), so a preview never
 * waits behind a site build.
 */
export function runPreview(request: PreviewRequest): Promise<{ html: string; clientDir: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', PREVIEW, JSON.stringify(request)], {
      cwd: root,
      env: builderEnv(),
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
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as { html: string; clientDir: string })
      else reject(failure(String(code ?? signal), stderr))
    })
  })
}
