import fs from 'node:fs'

export type ProcessStat = {
  /** `R` running, `S` sleeping, `Z` a zombie (dead, not yet collected by its parent)… */
  state: string
  ppid: number
  pgrp: number
}

/**
 * A process's state, parent and group from Linux's `/proc/<pid>/stat`, or null when it has gone or
 * there is no /proc. The command name before them is in brackets and may hold spaces and brackets,
 * so the fields are read after its last closing bracket.
 */
export function processStat(pid: number | string): ProcessStat | null {
  let stat: string
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return { state, ppid: Number(ppid), pgrp: Number(pgrp) }
}

/** The ids of every process /proc lists (none without /proc). */
export const processIds = (): number[] =>
  fs.existsSync('/proc') ? fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number) : []
