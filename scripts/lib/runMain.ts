/**
 * Runs a script's main function and exits with its code (0 when it returns nothing, 1 with the error printed when it
 * throws). Entry scripts have no top-level `await`: a pending one ends the process with 13 and no message.
 * If the process runs out of work while main is still pending (a promise nothing will ever settle), it exits 1 with
 * a sentence saying so instead of a silent 0.
 */
export function runMain(main: () => Promise<number | void>): void {
  let done = false
  process.on('exit', (code) => {
    if (done || code !== 0) return
    console.error(`${process.argv[1]} stopped before finishing: it was waiting for something that never happened.`)
    process.exitCode = 1
  })
  main().then(
    (code) => {
      done = true
      process.exit(code ?? 0)
    },
    (error) => {
      done = true
      console.error(error)
      process.exit(1)
    },
  )
}
