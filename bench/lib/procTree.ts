import fs from 'node:fs'

import { processIds, processStat } from '@/lib/processStat'

/** Linux's page size on the machines this runs on (x86-64 and arm64 defaults). */
const PAGE_BYTES = 4096

/** Parent of each live process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>()
  for (const pid of processIds()) {
    // Null when the process ended between listing and reading.
    const stat = processStat(pid)
    if (stat) map.set(pid, stat.ppid)
  }
  return map
}

/** Every process below `root` (not `root` itself). */
export function descendants(root: number): number[] {
  const byParent = new Map<number, number[]>()
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid])
  const found: number[] = []
  const queue = [...(byParent.get(root) ?? [])]
  while (queue.length > 0) {
    const pid = queue.shift() as number
    found.push(pid)
    queue.push(...(byParent.get(pid) ?? []))
  }
  return found
}

/** Resident memory of one process in bytes, or 0 once it has gone. */
export function rssOf(pid: number): number {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')
    return Number(statm[1]) * PAGE_BYTES
  } catch {
    return 0
  }
}

export type MemoryPeak = {
  /** Highest sum of RSS over the processes below the root (shared pages counted once per process). */
  childrenBytes: number
  /** Highest RSS of the root process itself. */
  rootBytes: number
  /** Highest RSS of each process below the root, largest first: what a per-process limit meets. */
  processes: { pid: number; command: string; bytes: number }[]
  samples: number
}

/** A process's program and its first arguments, enough to tell the builder from Pagefind. */
function commandOf(pid: number): string {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    return args
      .slice(0, 3)
      .map((a) => a.split('/').slice(-2).join('/'))
      .join(' ')
      .slice(0, 80)
  } catch {
    return '?'
  }
}

/**
 * Samples the memory of a process tree every `intervalMs` until stopped. `/usr/bin/time -v` is not
 * on these machines, and a child's own high-water mark (VmHWM) is lost when it exits, so the peak is
 * sampled from outside: a spike shorter than the interval can be missed.
 */
export function sampleMemory(root = process.pid, intervalMs = 100): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { childrenBytes: 0, rootBytes: 0, processes: [], samples: 0 }
  const each = new Map<number, { pid: number; command: string; bytes: number }>()
  const sample = () => {
    let children = 0
    for (const pid of descendants(root)) {
      const bytes = rssOf(pid)
      children += bytes
      const known = each.get(pid) ?? { pid, command: commandOf(pid), bytes: 0 }
      known.bytes = Math.max(known.bytes, bytes)
      each.set(pid, known)
    }
    peak.childrenBytes = Math.max(peak.childrenBytes, children)
    peak.rootBytes = Math.max(peak.rootBytes, rssOf(root))
    peak.samples += 1
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      peak.processes = [...each.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 8)
      return peak
    },
  }
}
