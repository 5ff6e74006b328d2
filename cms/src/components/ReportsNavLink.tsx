import type { TypedUser } from 'payload'
import React from 'react'

import { isDeskUser } from '../access/checkRole'

/** The 稿费月报 view in the admin's navigation, for the desk only. */
export function ReportsNavLink({ user }: { user?: TypedUser | null }) {
  if (!isDeskUser(user)) return null
  return (
    <a href="/admin/reports" className="nav__link" id="nav-monthly-report">
      <span className="nav__link-label">稿费月报</span>
    </a>
  )
}
