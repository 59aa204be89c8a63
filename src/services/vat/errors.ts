/** A programming error in the input of the VAT engine (not a business outcome): the endpoint layer answers 400. */
export class VatInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'VatInputError'
  }
}
