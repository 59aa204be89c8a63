/** The jobs collection is visible to super admins only (src/collections/PayloadJobs.ts): over REST and in the admin. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createPlatform, createUser, createVendor } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let job: { id: number | string }

beforeAll(async () => {
  payload = await testPayload()
  job = await payload.jobs.queue({ task: 'cleanupStale', input: {} })
})

describe('/api/payload-jobs', () => {
  it('answers 403 to a vendor owner, a platform admin and anonymous callers, for the list and one job', async () => {
    const { platform, tiers } = await createPlatform(payload)
    const vendor = await createVendor(payload, [{ platform, tier: tiers[0] }])
    const owner = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const platformAdmin = await createUser(payload, ['platform-admin'], { platforms: [platform.id] })
    for (const token of [owner.token, platformAdmin.token, undefined]) {
      const list = await rest('GET', '/api/payload-jobs', { token })
      expect(list.status).toBe(403)
      expect(list.body.docs).toBeUndefined()
      expect((await rest('GET', `/api/payload-jobs/${job.id}`, { token })).status).toBe(403)
      expect((await rest('DELETE', `/api/payload-jobs/${job.id}`, { token })).status).toBe(403)
    }
  })

  it('lists jobs to a super admin, who may not create one by hand', async () => {
    const admin = await createUser(payload, ['super-admin'])
    const list = await rest('GET', '/api/payload-jobs?limit=100', { token: admin.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).toContain(job.id)
    const create = await rest('POST', '/api/payload-jobs', {
      token: admin.token,
      body: { taskSlug: 'cleanupStale', input: {} },
    })
    expect(create.status).toBe(403)
  })
})
