/**
 * A stand-in for the EU VIES REST API (https://ec.europa.eu/taxation_customs/vies/rest-api), for tests:
 * POST /check-vat-number {countryCode, vatNumber} answers the CheckVatResponse shape of the Commission's OpenAPI
 * ({countryCode, vatNumber, requestDate, valid, requestIdentifier, name, address, trader…Match}); a number is
 * valid when the fixture lists it (key: prefix + number, EL for Greece). Germany answers "---" for name and
 * address, as the real service does.
 *
 * Behaviour (`configure()` while running): `errorCode` answers HTTP 500 with the API's CommonResponse
 * {actionSucceed: false, errorWrappers: [{error, message}]} (MS_UNAVAILABLE, SERVICE_UNAVAILABLE …); `failWith`
 * answers a bare HTTP status; `hang` never answers; `delayMs` answers late. `requests` lists the bodies received.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseJson, type PostRoute, sendJson, servePost } from '../lib/http'

export type ViesStandInBehaviour = { delayMs?: number; failWith?: number; errorCode?: string; hang?: boolean }

export type ViesStandInOptions = { port: number; host?: string; fixtures?: string } & ViesStandInBehaviour

type Registered = { name: string; address: string }

export type ViesStandIn = {
  /** The API base, to use as VIES_API_URL. */
  url: string
  close(): Promise<void>
  configure(behaviour: ViesStandInBehaviour): void
  readonly requests: ReadonlyArray<Record<string, unknown>>
}

const DEFAULT_FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures.json')

function loadFixtures(file: string): Record<string, Registered> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { numbers?: Record<string, Registered> }
  if (!data.numbers || typeof data.numbers !== 'object') throw new Error(`${file}: expected {"numbers": {...}}`)
  return data.numbers
}

const failure = (error: string, message: string) => ({ actionSucceed: false, errorWrappers: [{ error, message }] })

export async function startViesStandIn(options: ViesStandInOptions): Promise<ViesStandIn> {
  const { port, host = '127.0.0.1' } = options
  const registered = loadFixtures(options.fixtures ?? DEFAULT_FIXTURES)
  let behaviour: ViesStandInBehaviour = {
    delayMs: options.delayMs,
    failWith: options.failWith,
    errorCode: options.errorCode,
    hang: options.hang,
  }
  const requests: Record<string, unknown>[] = []
  let sequence = 0

  const answer: PostRoute['answer'] = async (raw, response, pause) => {
    const body = parseJson(raw) as Record<string, unknown> | undefined
    if (body === undefined) return sendJson(response, 400, failure('INVALID_INPUT', 'The body must be JSON'))
    requests.push(body)
    if (behaviour.hang) return // the client's timeout must end it
    if (behaviour.delayMs) await pause(behaviour.delayMs)
    if (behaviour.failWith)
      return sendJson(response, behaviour.failWith, { message: 'VIES stand-in: failing on purpose' })
    if (behaviour.errorCode)
      return sendJson(response, 500, failure(behaviour.errorCode, 'VIES stand-in: failing on purpose'))

    const { countryCode, vatNumber } = body
    if (
      typeof countryCode !== 'string' ||
      !/^[A-Z]{2}$/.test(countryCode) ||
      typeof vatNumber !== 'string' ||
      !vatNumber
    ) {
      return sendJson(response, 400, failure('INVALID_INPUT', 'countryCode and vatNumber are required'))
    }
    const entry = registered[`${countryCode}${vatNumber}`]
    sendJson(response, 200, {
      countryCode,
      vatNumber,
      requestDate: new Date().toISOString(),
      valid: Boolean(entry),
      requestIdentifier: body.requesterNumber ? `WAPIAAAA${String(++sequence).padStart(8, '0')}` : '',
      name: entry?.name ?? '---',
      address: entry?.address ?? '---',
      traderName: '',
      traderStreet: '',
      traderPostalCode: '',
      traderCity: '',
      traderCompanyType: '',
      traderNameMatch: 'NOT_PROCESSED',
      traderStreetMatch: 'NOT_PROCESSED',
      traderPostalCodeMatch: 'NOT_PROCESSED',
      traderCityMatch: 'NOT_PROCESSED',
      traderCompanyTypeMatch: 'NOT_PROCESSED',
    })
  }
  const refusal: PostRoute['refusal'] = (status, pathname) =>
    status === 404
      ? failure('NOT_FOUND', `No route ${pathname}`)
      : failure('METHOD_NOT_ALLOWED', 'POST /check-vat-number')
  const server = await servePost({ path: '/check-vat-number', refusal, answer }, port, host)

  return {
    url: server.url,
    configure(next) {
      behaviour = { ...next }
    },
    get requests() {
      return requests
    },
    close: server.close,
  }
}
