import type { MemberStage } from "./types"

// Every admin string, in one place. English only for now; a locale switch goes
// here. (src/admin/i18n/ is reserved by the admin SDK for i18next resources.)
export const messages = {
  member: {
    title: "Membership",
    stages: {
      registered: "Registered",
      first_time: "First-time buyer",
      repeat: "Repeat buyer",
    } satisfies Record<MemberStage, string>,
    fields: {
      joined: "Joined",
      orders: "Orders",
      totalSpent: "Total spent",
      aov: "Average order",
      lastOrder: "Last order",
      tags: "Tags",
      emailConsent: "Email marketing",
      smsConsent: "SMS marketing",
      birthday: "Birthday",
    },
    ordersValue: (count: number, paid: number) => `${count} (${paid} paid)`,
    consentGranted: "Subscribed",
    consentDenied: "Not subscribed",
    consentChanged: (date: string) => `since ${date}`,
    notMember: "This customer is not a member yet.",
    loadError: "The membership could not be loaded.",
    retry: "Retry",
    edit: "Edit membership",
  },
  editDrawer: {
    title: "Edit membership",
    description: "Tags, birthday and marketing consent of this member.",
    tags: "Tags",
    tagsHint: "Press Enter or comma to add a tag.",
    tagsPlaceholder: "e.g. student",
    removeTag: (tag: string) => `Remove tag ${tag}`,
    birthday: "Birthday",
    birthdayHint: "Leave empty to clear it.",
    emailConsent: "Email marketing consent",
    smsConsent: "SMS marketing consent",
    cancel: "Cancel",
    save: "Save",
    saved: "Membership updated",
  },
}

export type Messages = typeof messages
