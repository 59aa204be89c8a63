import { writeFileSync } from 'node:fs'

import { readPublishedTypes } from './publishedTypes'

/** `npm run stand-ins:stripe-types`: rewrites stripeTypes.json from the installed `stripe` package's declarations. */
const target = new URL('./stripeTypes.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(readPublishedTypes())}\n`)
console.log(`wrote ${target.pathname}`)
