/** Where Monaco's `vs` folder is served from our own origin (src/endpoints/monacoFiles.ts). */
export const MONACO_VS_PATH = '/monaco/vs'
