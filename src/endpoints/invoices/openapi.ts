import { z } from 'zod'

import { ENGLISH, endpointOperation, type Operation, type OperationSpec } from '../openapi/operation'
import { NO_FIELDS } from '../requestBody'

import { invoiceIdSchema, vendorQuery } from './invoiceAccess'
import {
  creditNoteEndpoint,
  createInvoiceEndpoint,
  invoiceBodies,
  invoicePdfEndpoint,
  invoiceXmlEndpoint,
  issueInvoiceEndpoint,
  markPaidEndpoint,
  pdfQuery,
} from './invoices'
import { invoiceAnswerSchema, invoiceSettingsAnswerSchema } from './schemas'
import { getInvoiceSettingsEndpoint, patchInvoiceSettingsEndpoint, settingsBody } from './settings'

const SHOP =
  "The shop's owner or members (settings: changed by its owner), on the OMS platform, with a plan that includes invoicing. The vendor is theirs, or `vendor` when they have several."
const ONE_INVOICE = "The invoice's shop's owner or members, or a super admin."

const invoicing = (spec: Omit<OperationSpec, 'tag' | 'signedIn'>): OperationSpec => ({
  tag: 'Invoicing',
  signedIn: true,
  ...spec,
})
const byId = (spec: Omit<OperationSpec, 'tag' | 'signedIn' | 'params'>): OperationSpec =>
  invoicing({
    ...spec,
    params: z.object({ id: invoiceIdSchema }),
    description: [spec.description, ONE_INVOICE].filter(Boolean).join(' '),
  })

export const invoicingOperations: Operation[] = [
  endpointOperation(
    getInvoiceSettingsEndpoint,
    invoicing({
      summary: "The shop's invoice settings",
      description: `${SHOP} 404 until they are first saved.`,
      query: vendorQuery(ENGLISH),
      answers: { 200: invoiceSettingsAnswerSchema },
      errors: [400, 401, 403, 404],
    }),
  ),
  endpointOperation(
    patchInvoiceSettingsEndpoint,
    invoicing({
      summary: 'Save the invoice settings',
      description: `${SHOP} Creates them or changes the fields given; issued invoices keep the seller they were issued with. Each field is checked (VAT number, electronic address, IBAN, BIC, number patterns, logo) and refused by name.`,
      query: vendorQuery(ENGLISH),
      body: settingsBody(ENGLISH),
      answers: { 200: invoiceSettingsAnswerSchema },
      errors: [400, 401, 403, 413],
    }),
  ),
  endpointOperation(
    createInvoiceEndpoint,
    invoicing({
      summary: 'A draft invoice, from an order or from lines',
      description: `${SHOP} Either \`order\` or \`lines\`, always with \`customer\`; \`issue: true\` issues it at once, \`email: true\` then mails it to the customer.`,
      query: vendorQuery(ENGLISH),
      body: invoiceBodies(ENGLISH).create,
      bodyOptional: true,
      answers: { 201: invoiceAnswerSchema },
      errors: [400, 401, 403, 404, 409, 413],
    }),
  ),
  endpointOperation(
    issueInvoiceEndpoint,
    byId({
      summary: 'Issue a draft',
      description: 'The next number of its series, dated today; `email: true` mails it.',
      body: invoiceBodies(ENGLISH).issue,
      bodyOptional: true,
      answers: { 200: invoiceAnswerSchema },
      errors: [400, 401, 403, 404, 409, 413],
    }),
  ),
  endpointOperation(
    creditNoteEndpoint,
    byId({
      summary: 'Credit an issued invoice',
      description: 'The credit note is answered; the invoice becomes credited.',
      body: NO_FIELDS,
      bodyOptional: true,
      answers: { 201: invoiceAnswerSchema },
      errors: [400, 401, 403, 404, 409, 413],
    }),
  ),
  endpointOperation(
    markPaidEndpoint,
    byId({
      summary: 'Mark an issued invoice paid',
      body: NO_FIELDS,
      bodyOptional: true,
      answers: { 200: invoiceAnswerSchema },
      errors: [400, 401, 403, 404, 409, 413],
    }),
  ),
  endpointOperation(
    invoicePdfEndpoint,
    byId({
      summary: 'The invoice as PDF',
      description: '`format=facturx`: Factur-X, the PDF with its EN 16931 XML embedded.',
      query: pdfQuery(ENGLISH),
      answers: { 200: { contentType: 'application/pdf', description: 'The PDF, as an attachment.' } },
      errors: [400, 401, 403, 404],
    }),
  ),
  endpointOperation(
    invoiceXmlEndpoint,
    byId({
      summary: 'The invoice as UBL 2.1 XML (EN 16931)',
      answers: { 200: { contentType: 'application/xml', description: 'The XML, as an attachment.' } },
      errors: [401, 403, 404],
    }),
  ),
]
