import type { Field, Payload, TaskType } from 'payload'

import { recordScheduledRun } from '@/services/jobs/schedules'

/** The input of a scheduled task: the slot it was queued for (none when queued by hand) and an optional clock. */
export const scheduledTaskInput: Field[] = [
  { name: 'slot', type: 'text' },
  { name: 'now', type: 'text' },
]

type ScheduledInput = { slot?: string | null; now?: string | null } | undefined

/**
 * Runs a scheduled task's work with its clock (`input.now`, an ISO date-time, for tests and an operator catching
 * up; default the real time) and records the run on its slot (start, end, attempts, error) for the admin.
 */
export async function runScheduled<T>(
  payload: Payload,
  task: TaskType,
  input: ScheduledInput,
  work: (now: Date) => Promise<T>,
): Promise<T> {
  const now = input?.now ? new Date(input.now) : new Date()
  if (Number.isNaN(now.getTime())) throw new Error(`${task}: input.now "${input?.now}" is not a date-time.`)
  return recordScheduledRun(payload, { task, slot: input?.slot }, () => work(now))
}
