/**
 * The Letzshop stand-in in a process of its own, as Letzshop is a server of its own: its GraphQL work then does not
 * run on the event loop of the sync it answers. Prints `{"url"}` once it listens; SIGTERM stops it.
 * Usage: node --import tsx bench/letzshop-sync/standInProcess.ts <fixtures.json>
 */
import { startLetzshopStandIn } from '../../scripts/stand-ins/letzshop/server'

const standIn = await startLetzshopStandIn({ port: 0, fixtures: process.argv[2] })
process.stdout.write(`${JSON.stringify({ url: standIn.url })}\n`)
process.once('SIGTERM', () => void standIn.close().then(() => process.exit(0)))
