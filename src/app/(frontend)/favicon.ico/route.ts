/**
 * The sites' icon: a shopping bag, as SVG (every current browser takes an SVG icon; the layout names its type), so
 * that `/favicon.ico` answers instead of a 404 on every first visit.
 */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5cad"/><path d="M9 12h14l-1.2 12.5a1.6 1.6 0 0 1-1.6 1.5h-8.4a1.6 1.6 0 0 1-1.6-1.5z" fill="#fff"/><path d="M12.5 13.5V11a3.5 3.5 0 0 1 7 0v2.5" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>`

export function GET(): Response {
  return new Response(ICON, {
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
  })
}
