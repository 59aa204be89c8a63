'use client'

import loader from '@monaco-editor/loader'
import { CodeField, JSONField, ShimmerEffect } from '@payloadcms/ui'
import type { CodeFieldClientProps, JSONFieldClientProps } from 'payload'
import { type ComponentType, useEffect, useState } from 'react'

import { MONACO_VS_PATH } from '@/services/monacoPath'

type MonacoWindow = Window & { monaco?: unknown }

/**
 * Payload's code editor bundles its own Monaco loader, which fetches Monaco from cdn.jsdelivr.net unless
 * `window.monaco` is already there. This loads Monaco from our own origin (src/endpoints/monacoFiles.ts) into
 * `window.monaco` before Payload's JSON or code field first renders.
 */
let loading: Promise<void> | undefined
function loadMonaco(): Promise<void> {
  loader.config({ paths: { vs: MONACO_VS_PATH } })
  loading ??= loader.init().then((monaco) => {
    ;(window as MonacoWindow).monaco = monaco
  })
  return loading
}

function withOwnMonaco<P extends object>(Field: ComponentType<P>) {
  return function OwnOriginField(props: P) {
    const [ready, setReady] = useState(() => typeof window !== 'undefined' && Boolean((window as MonacoWindow).monaco))
    useEffect(() => {
      if (!ready) void loadMonaco().then(() => setReady(true))
    }, [ready])
    return ready ? <Field {...props} /> : <ShimmerEffect />
  }
}

export const OwnOriginJSONField = withOwnMonaco<JSONFieldClientProps>(JSONField)
export const OwnOriginCodeField = withOwnMonaco<CodeFieldClientProps>(CodeField)
