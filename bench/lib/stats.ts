/** Several runs of one measurement: the median is the figure, min–max its spread. */
export type Spread = { median: number; min: number; max: number; runs: number[] }

export function spread(values: number[]): Spread {
  if (values.length === 0) throw new Error('no runs to summarise')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values }
}

/** The p-th percentile (0–100) of values, nearest-rank: a latency someone actually waited. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export const seconds = (ms: number): number => round(ms / 1000, 2)

export const mib = (bytes: number): number => round(bytes / 1024 / 1024, 1)

export const kib = (bytes: number): number => round(bytes / 1024, 1)

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))
