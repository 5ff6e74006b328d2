import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The repository root holds the one lockfile and node_modules for cms/, site/ and seeds/.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  turbopack: { root: new URL('..', import.meta.url).pathname },
  // `npm run typecheck` checks the whole repository once; checking again inside `next build`
  // would double the build time on a 2-core machine without finding anything new.
  typescript: { ignoreBuildErrors: true },
  // exifr loads fs and zlib with a require() whose name is a variable; bundled, that require
  // throws and exifr prints "Couldn't load fs" / "Couldn't load zlib" at start. Left to Node, it
  // loads them.
  serverExternalPackages: ['exifr'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
