/**
 * Child process of `npm run bench`: an HTTP load generator, in its own process so that it does not
 * share an event loop (or a heap) with anything it measures. Runs autocannon against the paths in
 * turn and prints one JSON line. p95 is computed from every response time, since autocannon's own
 * summary stops at p90 and p97.5.
 */
import autocannon from 'autocannon'

import { percentile } from '../lib/stats'

export type LoadSpec = {
  origin: string
  /** Request paths, taken in turn: different counties, different stories. */
  paths: string[]
  connections: number
  seconds: number
  /** Sent with every request: `Cache-Control: no-cache` asks the CMS to answer afresh. */
  headers?: Record<string, string>
}

export type LoadResult = {
  requests: number
  seconds: number
  requestsPerSecond: number
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number }
  non2xx: number
  errors: number
  timeouts: number
  bytesPerResponse: number
}

const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec

async function run({
  origin,
  paths,
  connections,
  seconds,
  headers,
}: LoadSpec): Promise<LoadResult> {
  let next = 0
  const times: number[] = []
  let bytes = 0
  let non2xx = 0
  // The callback form returns the instance, whose events carry every response time.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        headers,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
          },
        ],
      },
      (error: Error | null, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      times.push(responseTime)
      bytes += resBytes
      if (statusCode < 200 || statusCode >= 300) non2xx += 1
    })
  })
  const mean = times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length)
  return {
    requests: times.length,
    seconds: result.duration,
    requestsPerSecond: times.length / result.duration,
    latencyMs: {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: Math.max(...times),
      mean,
    },
    non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: bytes / Math.max(1, times.length),
  }
}

process.stdout.write(`${JSON.stringify(await run(spec))}\n`, () => process.exit(0))
