/**
 * `npm start` runs scripts/start.ts through this tether, so that nothing it starts outlives it
 * however it dies. Linux's PR_SET_PDEATHSIG is out of Node's reach and a SIGKILL gives no process a
 * chance to clean up, so the script runs in a process group of its own with a small shell watcher
 * inside that group: the watcher reads a pipe whose only writing end is held by this process, and
 * the kernel closes it when this process dies of anything, SIGKILL and the OOM killer included.
 * At end of file the watcher stops the whole group (the CMS, site builds, Pagefind, the site
 * server): SIGTERM, then SIGKILL for whatever is left.
 *
 * This process also watches the launcher chain above it (npm, its shell, tsx): a SIGKILL of
 * `npm start` itself leaves them orphaned rather than dead, so a changed parent means stop too.
 *
 *   tsx scripts/tether.ts SCRIPT [ARGS…]
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { processStat } from '../cms/src/lib/processStat'

/**
 * The group's leader is the shell, which execs the command (keeping its pid, so `$$` is the group
 * id). The watcher ignores the signals it sends the group, then waits for the leader to go before
 * killing what remains, itself included.
 */
const WATCHER = `
( trap '' TERM INT HUP
  cat <&3 >/dev/null 2>&1
  kill -TERM -$$ 2>/dev/null
  i=0
  while kill -0 $$ 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
  kill -KILL -$$ 2>/dev/null ) &
exec "$@" 3<&-
`

/** How long the script may take to stop after a signal before its group is killed outright. */
const GRACE_MS = 15_000

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: tsx scripts/tether.ts SCRIPT [ARGS…]')
  process.exit(2)
}

const child = spawn(
  '/bin/sh',
  ['-c', WATCHER, 'tether', process.execPath, '--import', 'tsx', script, ...args],
  { detached: true, stdio: ['ignore', 'inherit', 'inherit', 'pipe'] },
)
const group = child.pid!

const groupAlive = () => {
  try {
    process.kill(-group, 0)
    return true
  } catch {
    return false
  }
}
const killGroup = (signal: NodeJS.Signals) => {
  try {
    process.kill(-group, signal)
  } catch {
    // Already gone.
  }
}

let stopping = false
function stopChild(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  child.kill(signal)
  setTimeout(() => killGroup('SIGKILL'), GRACE_MS).unref()
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => stopChild(signal))
}

/** The script is done: closing the pipe makes the watcher stop whatever it left running. */
async function exitWithScript(code: number | null, signal: NodeJS.Signals | null) {
  child.stdio[3]?.destroy()
  const deadline = Date.now() + 10_000
  while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  killGroup('SIGKILL')
  process.exit(code ?? (signal ? 1 : 0))
}
child.on('exit', (code, signal) => void exitWithScript(code, signal))

/**
 * This process and its ancestors inside the npm run, each with the parent it had at start. npm
 * marks the environment of what it runs with `npm_lifecycle_event`, so the chain climbs through
 * marked processes; the parent of the topmost is npm, so npm's death changes that parent too.
 * A launcher's own parent (the user's shell) may come and go, as with `nohup npm start &`.
 */
function launcherChain(): Array<{ pid: number; ppid: number }> {
  const chain = [{ pid: process.pid, ppid: process.ppid }]
  for (;;) {
    const pid = chain.at(-1)!.ppid
    const ppid = parentOf(pid)
    if (ppid === undefined || !hasNpmMark(pid)) return chain
    chain.push({ pid, ppid })
  }
}

function hasNpmMark(pid: number): boolean {
  try {
    return fs
      .readFileSync(`/proc/${pid}/environ`, 'latin1')
      .split('\0')
      .some((entry) => entry.startsWith('npm_lifecycle_event='))
  } catch {
    return false
  }
}

/** The parent pid of a live process, from /proc. */
function parentOf(pid: number): number | undefined {
  return processStat(pid)?.ppid
}

// Without /proc (not Linux) only the direct parent is watched.
const chain = fs.existsSync('/proc/self/stat') ? launcherChain() : []
const initialParent = process.ppid
setInterval(() => {
  const orphaned =
    process.ppid !== initialParent || chain.some(({ pid, ppid }) => parentOf(pid) !== ppid)
  if (orphaned) stopChild('SIGTERM')
}, 1000).unref()
