import type { TypedUser } from 'payload'
import React from 'react'

import { isDeskUser } from '../access/checkRole'

/** The fee report in the admin's navigation: 稿费月报 for the desk, 我的稿费 for a reporter. */
export function ReportsNavLink({ user }: { user?: TypedUser | null }) {
  const desk = isDeskUser(user)
  if (!desk && !(user?.role === 'reporter' && user.contributor)) return null
  return (
    <a href="/admin/reports" className="nav__link" id="nav-monthly-report">
      <span className="nav__link-label">{desk ? '稿费月报' : '我的稿费'}</span>
    </a>
  )
}
