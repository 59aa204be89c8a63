import type { FaultCluster, WorkerProcess } from '../helpers/faultCluster'

/** What a scenario may act on while the load runs. */
export type FaultWorld = {
  cluster: FaultCluster
  /** Stops the jobs worker with `signal` and starts a new one (as a deploy or a crash and its supervisor would). */
  replaceWorker: (signal: 'SIGTERM' | 'SIGKILL') => Promise<WorkerProcess>
  /** Environment of the app instances and the worker (the stand-ins' addresses): a scenario may reconfigure a stand-in. */
  env: Record<string, string>
}

/** One fault, injected while orders, webhooks and invoice issues stream in. */
export type FaultScenario = { name: string; inject: (world: FaultWorld) => Promise<void> }

/** Seconds the database stays away in the outage scenario (FAULTS_OUTAGE_SECONDS; the figure is 60). */
export const OUTAGE_SECONDS = Number(process.env.FAULTS_OUTAGE_SECONDS ?? 15)

export const SCENARIOS: FaultScenario[] = [
  { name: 'pg restart -m fast', inject: ({ cluster }) => cluster.restart('fast') },
  { name: 'pg restart -m immediate', inject: ({ cluster }) => cluster.restart('immediate') },
  { name: `database away ${OUTAGE_SECONDS} s`, inject: ({ cluster }) => cluster.outage(OUTAGE_SECONDS * 1000) },
  { name: 'worker SIGTERM', inject: async ({ replaceWorker }) => void (await replaceWorker('SIGTERM')) },
  { name: 'worker SIGKILL', inject: async ({ replaceWorker }) => void (await replaceWorker('SIGKILL')) },
]
