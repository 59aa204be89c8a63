import type React from 'react'

import './styles.css'

export const metadata = { title: 'Letzshop Platforms' }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
