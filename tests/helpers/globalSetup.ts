import type { TestProject } from 'vitest/node'

import { createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from '../../scripts/lib/databases'

import { prepareDatabase } from './migrateDatabase'
import { testServerUrl } from './testServer'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    serverUrl: string
  }
}

/** One migrated database for the run, created here and dropped at the end. */
export default async function setup(project: TestProject) {
  const { serverUrl, embedded } = await testServerUrl()
  const name = uniqueDatabaseName('int')
  await createDatabase(serverUrl, name)
  const url = databaseUrl(serverUrl, name)
  prepareDatabase(url)
  project.provide('databaseUrl', url)
  project.provide('serverUrl', serverUrl)
  return async () => {
    await dropDatabase(serverUrl, name)
    await embedded?.stop()
  }
}
