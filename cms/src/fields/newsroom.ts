import type { Field } from 'payload'

import { isDeskField } from '../access/isDesk'
import { ownStoryOrEditorField } from '../access/ownStoryOrEditorField'

export const WORKFLOW_STATES = {
  drafting: { en: 'Drafting', zh: '撰写中' },
  submitted: { en: 'Submitted, awaiting first review', zh: '已交稿（待初审）' },
  firstReviewed: { en: 'First review signed', zh: '初审已签' },
  secondReviewed: { en: 'Second review signed', zh: '复审已签' },
  approved: { en: 'Final review signed, ready to publish', zh: '终审已签（可发布）' },
} as const

/** Where a story stands between reporter and desk; Payload's `_status` says whether it is live. */
export function workflowField(): Field {
  return {
    name: 'workflow',
    type: 'select',
    required: true,
    defaultValue: 'drafting',
    index: true,
    label: { en: 'Workflow', zh: '稿件状态' },
    options: Object.entries(WORKFLOW_STATES).map(([value, label]) => ({ value, label })),
    admin: {
      position: 'sidebar',
      description: {
        en: 'Reporters set “Submitted” to hand the story to the desk. The review states follow the sign-offs (三审三校); setting “Drafting” returns the story to its reporter.',
        zh: '记者改为“已交稿”即提交编辑部。审校状态由三审签发决定；改回“撰写中”即退回记者。',
      },
    },
  }
}

/** Internal notes between desk and reporter. Read access keeps them off every public path. */
export function deskNotesField(): Field {
  return {
    name: 'deskNotes',
    type: 'textarea',
    label: { en: 'Desk notes (internal)', zh: '编辑部备注（内部）' },
    access: { read: ownStoryOrEditorField, create: isDeskField, update: isDeskField },
    admin: {
      position: 'sidebar',
      description: { en: 'Never published.', zh: '仅内部可见，不会发布。' },
    },
  }
}

/** Who filed it: set from the logged-in user on create; only the desk may reassign it. */
export function createdByField(): Field {
  return {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: { en: 'Filed by', zh: '提交人' },
    // Read by the newsroom only: the public learns nothing about accounts.
    access: {
      read: ({ req: { user } }) => Boolean(user),
      create: isDeskField,
      update: isDeskField,
    },
    admin: { position: 'sidebar' },
  }
}

/**
 * Who saved this version: the logged-in user of every save (none for the system's own writes), so
 * a stale copy's refusal can name them (hooks/refuseStaleSave.ts) and each version says whose it
 * is. Nobody sets it by hand: access drops what a client sends, the hook writes the saver.
 */
export function lastEditedByField(): Field {
  return {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { en: 'Last saved by', zh: '最后保存人' },
    access: {
      read: ({ req: { user } }) => Boolean(user),
      create: () => false,
      update: () => false,
    },
    hooks: { beforeChange: [({ req }) => req.user?.id ?? null] },
    admin: { position: 'sidebar', readOnly: true },
  }
}
