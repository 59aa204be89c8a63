import fs from 'node:fs'

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS = 100

/**
 * CPU seconds (user + system) used so far by a process and all its descendants, from /proc (Linux only; null
 * elsewhere). A benchmark on a shared machine divides work by this to say what a free core would do.
 */
export function processTreeCpuSeconds(pid: number): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null
  const stats = new Map<number, { ppid: number; ticks: number }>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name (field 2) may hold spaces: the fields after it start behind the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) })
    } catch {
      // the process ended meanwhile
    }
  }
  let ticks = 0
  const pending = [pid]
  while (pending.length > 0) {
    const current = pending.pop()!
    ticks += stats.get(current)?.ticks ?? 0
    for (const [child, stat] of stats) if (stat.ppid === current) pending.push(child)
  }
  return ticks / TICKS
}
