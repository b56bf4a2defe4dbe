import { notFound } from 'next/navigation'

/** Any unknown address gets the portal's Vietnamese 404 (redirects were applied before Next). */
export default function Missing(): never {
  notFound()
}
