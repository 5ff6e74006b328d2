import { spawn } from 'node:child_process'
import path from 'node:path'

import { benchDir, projectRoot } from './workspace'

/**
 * Runs one of `bench/workers/*.ts` in its own Node process (the same Node 24, with tsx as loader)
 * and returns the JSON it prints as its last line of stdout. Its stderr (progress) passes through.
 */
export function runWorker<T>(
  worker: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(benchDir, 'workers', worker), ...args],
      {
        cwd: projectRoot,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const last = stdout.trim().split('\n').at(-1) ?? ''
      if (code !== 0) return reject(new Error(`${worker} exited with ${code ?? signal}`))
      try {
        resolve(JSON.parse(last) as T)
      } catch {
        reject(new Error(`${worker} printed no result: ${stdout.slice(-500)}`))
      }
    })
  })
}
