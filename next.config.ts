import path from 'path'
import { fileURLToPath } from 'url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { trustsProxy } from './src/services/platformContext'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A mistyped TRUST_PROXY stops the start here instead of failing every request.
trustsProxy()

const nextConfig: NextConfig = {
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // Invoice rendering reads font and colour-profile files next to its own code: load these from node_modules.
  serverExternalPackages: ['pdfmake', '@e-invoice-eu/core'],
  turbopack: { root: path.resolve(dirname) },
  // The build type-checks production code only; `npm test` type-checks everything (tsconfig.json), tests included.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
