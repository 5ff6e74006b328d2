import fs from 'node:fs'
import os from 'node:os'

export type Machine = {
  cpuModel: string
  cores: number
  memoryGiB: number
  /** 1-, 5- and 15-minute load averages when the figures were taken. */
  load: [number, number, number]
  node: string
  kernel: string
}

const cpuModel = (): string => {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'))
    return line?.split(':')[1]?.trim() || os.cpus()[0]?.model || 'unknown'
  } catch {
    return os.cpus()[0]?.model || 'unknown'
  }
}

export function describeMachine(): Machine {
  const [one, five, fifteen] = os.loadavg()
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    load: [one, five, fifteen].map((l) => Math.round(l * 100) / 100) as [number, number, number],
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
  }
}

/** The 1-minute load average, which says whether other work would skew a measurement. */
export const currentLoad = (): number => os.loadavg()[0]
