import fs from 'node:fs'

/** Linux's page size on the machines this runs on (x86-64 and arm64 defaults). */
const PAGE_BYTES = 4096

/** Parent of each live process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      map.set(Number(name), Number(fields[1]))
    } catch {
      // The process ended between listing and reading.
    }
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
  samples: number
}

/**
 * Samples the memory of a process tree every `intervalMs` until stopped. `/usr/bin/time -v` is not
 * on these machines, and a child's own high-water mark (VmHWM) is lost when it exits, so the peak is
 * sampled from outside: a spike shorter than the interval can be missed.
 */
export function sampleMemory(root = process.pid, intervalMs = 100): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { childrenBytes: 0, rootBytes: 0, samples: 0 }
  const sample = () => {
    const children = descendants(root).reduce((sum, pid) => sum + rssOf(pid), 0)
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
      return peak
    },
  }
}
