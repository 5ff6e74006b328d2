/**
 * The page renderer: the site's templates bundled by `astro build` (integrations/renderer.ts), made
 * once per version of the templates and kept, keyed by a fingerprint of everything that shapes the
 * output. A new fingerprint is what makes the next build a full one.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { projectRoot } from '../../cms/src/projectRoot'
import type { PageData } from '../src/pageData'

const ASTRO_CLI = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs')
/**
 * Inside the project's node_modules: the bundle imports the packages it was built with, which
 * resolve from there whatever folder the site itself is built into.
 */
const CACHE_DIR = path.join(projectRoot, 'node_modules/.cache/county-news')

export type Renderer = {
  fingerprint: string
  /** Files every build serves as they are: styles, scripts, the favicon. */
  clientDir: string
  render: (url: string, component: string, page: PageData) => Promise<{ status: number; body: Uint8Array }>
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !/[/\\](node_modules|dist|\.astro)[/\\]/.test(f))
    .sort()
}

/**
 * Templates, styles, the Astro config, the builder that decides each page's data, the public
 * contract with the CMS, and the locked package versions: change any and every
 * page may change.
 */
export function rendererFingerprint(siteRoot: string): string {
  const hash = crypto.createHash('sha256')
  const files = [
    ...filesUnder(siteRoot),
    ...filesUnder(path.join(projectRoot, 'site/builder')),
    ...filesUnder(path.join(projectRoot, 'cms/src/publicContent')),
    path.join(projectRoot, 'package-lock.json'),
  ]
  for (const file of [...new Set(files)]) {
    hash.update(path.relative(projectRoot, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  hash.update(process.version)
  return hash.digest('hex').slice(0, 16)
}

function runAstroBuild(siteRoot: string, outDir: string, cacheDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ASTRO_CLI, 'build', '--root', siteRoot, '--outDir', outDir],
      {
        cwd: projectRoot,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir },
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

/** One renderer build at a time per cache folder; a lock left by a killed process goes stale. */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0)
      if (age > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true })
      else if (Date.now() - started > 15 * 60_000)
        throw new Error(`waited too long for ${lock}`, { cause: error })
      else await new Promise((r) => setTimeout(r, 200))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

/** The renderer for the templates in `siteRoot`, built unless one for them is already there. */
export async function loadRenderer(siteRoot: string): Promise<Renderer> {
  const fingerprint = rendererFingerprint(siteRoot)
  const dir = path.join(CACHE_DIR, 'renderers', fingerprint)
  const entry = path.join(dir, 'server', 'entry.mjs')
  if (!fs.existsSync(entry)) {
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    await withLock(`${dir}.lock`, async () => {
      if (fs.existsSync(entry)) return
      const partial = `${dir}.partial`
      fs.rmSync(partial, { recursive: true, force: true })
      try {
        await runAstroBuild(siteRoot, partial, path.join(CACHE_DIR, 'astro', fingerprint))
        fs.renameSync(partial, dir)
      } catch (error) {
        fs.rmSync(partial, { recursive: true, force: true })
        throw error
      }
    })
    // Older renderers are of no more use once a newer one exists; the last few are kept for a
    // build or preview that may still be rendering with one.
    const parent = path.dirname(dir)
    const old = fs
      .readdirSync(parent)
      .filter((name) => !name.includes('.'))
      .map((name) => ({ name, at: fs.statSync(path.join(parent, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(3)
    for (const { name } of old) fs.rmSync(path.join(parent, name), { recursive: true, force: true })
  }
  const module = (await import(pathToFileURL(entry).href)) as Pick<Renderer, 'render'>
  return { fingerprint, clientDir: path.join(dir, 'client'), render: module.render }
}
