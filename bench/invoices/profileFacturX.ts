/**
 * Where a Factur-X's time goes: renders the benchmark's typical invoice as Factur-X N times (default 60, after 5 to
 * warm up) under V8's CPU profiler, then prints the functions with the most self time and the most inclusive time,
 * as shares of the profiled time. `--plain` profiles the plain PDF instead.
 * node --import tsx bench/invoices/profileFacturX.ts [N] [--plain]
 */
import { Session } from 'node:inspector/promises'

import { renderInvoicePdf } from '../../src/services/invoices/pdf/renderInvoicePdf'

import { typicalInvoice } from './typicalInvoice'

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 60)
const facturX = !process.argv.includes('--plain')
const render = () => renderInvoicePdf(typicalInvoice, { facturX })

for (let warm = 0; warm < 5; warm++) await render()
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 200 })
await session.post('Profiler.start')
const cpu = process.cpuUsage()
for (let each = 0; each < count; each++) await render()
const used = process.cpuUsage(cpu)
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile }
session.disconnect()

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const label = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/')}:${lineNumber + 1}`

const self = new Map<string, number>()
const inclusive = new Map<string, number>()
let total = 0
const stack = (id: number) => {
  const names: string[] = []
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.push(label(byId.get(at)!))
  return names
}
profile.samples.forEach((id, index) => {
  const names = stack(id)
  // The profiler's own stop call is not the renderer's.
  if (names.some((name) => name.includes('node:inspector'))) return
  const time = profile.timeDeltas[index] ?? 0
  total += time
  self.set(names[0], (self.get(names[0]) ?? 0) + time)
  for (const name of new Set(names)) inclusive.set(name, (inclusive.get(name) ?? 0) + time)
})

const top = (map: Map<string, number>, rows: number) =>
  [...map]
    .filter(([name]) => !/^\((root|program)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([name, time]) => `${((100 * time) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n')

const cpuMs = (used.user + used.system) / 1000
console.log(
  `${count} ${facturX ? 'Factur-X' : 'plain'} PDFs: ${(cpuMs / count).toFixed(1)} ms of CPU each (${((1000 * count) / cpuMs).toFixed(1)} per CPU second, profiler on)`,
)
console.log(`\nself time\n${top(self, 15)}\n\ninclusive time\n${top(inclusive, 30)}`)
