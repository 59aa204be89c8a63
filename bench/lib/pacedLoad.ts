import http from 'node:http'

export type PacedResult = {
  /** Operations started per second, as achieved. */
  rate: number
  sent: number
  ok: number
  /** Operations that answered outside 2xx or failed. */
  bad: number
  p50: number
  p99: number
  max: number
  /** Every latency in ms, sorted: rounds are pooled from these (a p99 of rounds is not a mean of their p99s). */
  latencies: number[]
}

/** The q-quantile (0 < q ≤ 1) of sorted latencies, nearest rank. */
export const quantile = (sorted: number[], q: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN

/**
 * An open-loop load: `rate` operations per second, evenly spaced (one every 1000 / rate ms, whatever the answers do),
 * for `seconds`. Each latency runs from the moment the operation was due, not from when it could start, so time
 * spent waiting behind slow answers counts (no coordinated omission). autocannon's `overallRate` cannot stand in for
 * this: it lets each connection send its share of a second as fast as it can when the second starts, then pause, so
 * it measures bursts. `operation` resolves true when it succeeded.
 */
export async function pacedLoad(
  { rate, seconds }: { rate: number; seconds: number },
  operation: () => Promise<boolean>,
): Promise<PacedResult> {
  const latencies: number[] = []
  let ok = 0
  let bad = 0
  const interval = 1000 / rate
  const total = Math.round(rate * seconds)
  const started = performance.now()
  const pending: Promise<void>[] = []
  const start = (due: number) =>
    operation().then(
      (succeeded) => {
        latencies.push(performance.now() - due)
        if (succeeded) ok++
        else bad++
      },
      () => {
        bad++
      },
    )
  for (let n = 0; n < total; n++) {
    const due = started + n * interval
    const wait = due - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(start(due))
  }
  const lastStarted = performance.now()
  await Promise.all(pending)
  latencies.sort((a, b) => a - b)
  return {
    rate: total / ((lastStarted - started + interval) / 1000),
    sent: total,
    ok,
    bad,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: quantile(latencies, 1),
    latencies,
  }
}

/** POSTs over at most `connections` keep-alive connections (more requests wait for a free one); resolves the status. */
export function poster(url: string, connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const target = new URL(url)
  const post = (body: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        },
      )
      request.on('error', reject)
      request.end(body)
    })
  return { post, close: () => agent.destroy() }
}
