/**
 * Every newsroom role, in the order the admin lists them. 初审/复审/终审 are the signers of 三审三校
 * (desk editor, section head, editor-in-chief or duty editor); which role signs which stage is
 * the paper's choice in 审校设置 (globals/ReviewSettings.ts).
 */
export const ROLES = [
  { value: 'reporter', label: { en: 'Reporter', zh: '记者' } },
  { value: 'editor', label: { en: 'Editor', zh: '编辑' } },
  { value: 'desk', label: { en: 'Desk editor (first review)', zh: '责任编辑（初审）' } },
  { value: 'section', label: { en: 'Section head (second review)', zh: '部门主任（复审）' } },
  {
    value: 'chief',
    label: { en: 'Editor-in-chief / duty editor (final)', zh: '总编辑/值班总编（终审）' },
  },
  { value: 'admin', label: { en: 'Admin', zh: '管理员' } },
] as const
