import type { FieldAccess } from 'payload'

import { relationId } from '../lib/relationId'
import { isDeskUser } from './checkRole'

/**
 * Reads a byline's fee: the desk, and a reporter on the byline that is them (their account's
 * contributor). Checked per byline row, through `siblingData`; without a row to look at — a query
 * filtering or sorting on fees — only the desk passes.
 */
export const ownFeeOrEditorField =
  (contributorField: string): FieldAccess =>
  ({ req: { user }, siblingData }) => {
    if (!user) return false
    if (isDeskUser(user)) return true
    const own = relationId(user.contributor)
    const byline = relationId(
      (siblingData as Record<string, number | string | { id: number | string }> | undefined)?.[
        contributorField
      ],
    )
    return user.role === 'reporter' && own !== null && byline !== null && own === byline
  }
