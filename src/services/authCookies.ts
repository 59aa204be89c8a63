/**
 * The auth cookie settings of the `users` collection (`auth.cookies`): `Secure` in production, so the session
 * cookie never travels over plain HTTP (browsers still accept it on http://localhost); `Lax` keeps other sites'
 * forms and fetches from sending it.
 */
export const authCookies = {
  secure: process.env.NODE_ENV === 'production',
  sameSite: 'Lax' as const,
}
