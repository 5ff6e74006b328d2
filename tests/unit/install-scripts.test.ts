import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '../helpers/root'

type Lock = { packages: Record<string, { hasInstallScript?: boolean }> }

describe('install scripts', () => {
  // What `npm install-scripts ls` checks, read from the lock: it takes npm 20 s to walk the tree.
  it('runs only the reviewed ones: every package with an install script is named in allowScripts', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
    ) as {
      allowScripts?: Record<string, boolean>
    }
    const lock = JSON.parse(
      fs.readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8'),
    ) as Lock
    const withScripts = new Set(
      Object.entries(lock.packages)
        .filter(([, entry]) => entry.hasInstallScript)
        .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)),
    )
    // node puts Node 24 on every script's PATH; esbuild (Vite's, tsx's, drizzle-kit's) swaps its
    // JavaScript launcher for the native binary. sharp needs none: its binary is a package.
    expect([...withScripts].sort()).toEqual(['esbuild', 'node'])
    expect(manifest.allowScripts).toEqual({ esbuild: true, node: true })
  })
})
