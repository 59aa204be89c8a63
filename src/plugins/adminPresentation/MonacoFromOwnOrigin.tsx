'use client'

import { loader } from '@monaco-editor/react'
import type { ReactNode } from 'react'

import { MONACO_VS_PATH } from '@/services/monacoPath'

// Payload's code editor (@monaco-editor/react) loads Monaco from cdn.jsdelivr.net unless its loader is told
// otherwise before the first editor mounts: at this module's load, with the admin's providers.
loader.config({ paths: { vs: MONACO_VS_PATH } })

/** Points the admin's code editor at the Monaco we serve ourselves (src/endpoints/monacoFiles.ts). */
export function MonacoFromOwnOrigin({ children }: { children?: ReactNode }) {
  return children
}
