import type { Access } from 'payload'

/** Internal bookkeeping: only the CMS's own code, with access overridden, reads or writes it. */
export const nobody: Access = () => false
