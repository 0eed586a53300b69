import type {
  MemberBackfillPhase,
  MemberBackfillStatus,
  MemberStage,
} from "./types"

// Every admin string, in one place. English only for now; a locale switch goes
// here. (src/admin/i18n/ is reserved by the admin SDK for i18next resources.)
export const messages = {
  common: {
    retry: "Retry",
  },
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
  memberList: {
    title: "Members",
    columns: {
      member: "Member",
      stage: "Stage",
      orders: "Orders",
      totalSpent: "Total spent",
      aov: "Average order",
      lastOrder: "Last order",
      joined: "Joined",
      tags: "Tags",
    },
    sort: {
      lowToHigh: "Low to high",
      highToLow: "High to low",
      oldestFirst: "Oldest first",
      newestFirst: "Newest first",
    },
    filters: {
      stage: "Stage",
      tag: "Tag",
      tagPlaceholder: "e.g. vip",
      emailConsent: "Email marketing",
      smsConsent: "SMS marketing",
    },
    moreTags: (count: number) => `+${count}`,
    searchPlaceholder: "Search by name or email",
    empty: {
      heading: "No members yet",
      description:
        "Customers become members when they sign up. Run the backfill to import existing customers.",
    },
    filtered: {
      heading: "No matching members",
      description: "Try other filters or another search.",
    },
    toolbar: { clearAll: "Clear all", sort: "Sort", filter: "Filter" },
    pagination: {
      of: "of",
      results: "results",
      pages: "pages",
      prev: "Prev",
      next: "Next",
    },
    loadError: "The members could not be loaded.",
  },
  backfill: {
    title: "Member data backfill",
    description:
      "Imports existing customers and orders into member data; safe to re-run.",
    run: "Run backfill",
    neverRun: "No backfill has run yet.",
    statuses: {
      pending: "Pending",
      running: "Running",
      completed: "Completed",
      failed: "Failed",
    } satisfies Record<MemberBackfillStatus, string>,
    phases: {
      orders: "Importing orders",
      metrics: "Computing metrics",
      customers: "Syncing customers",
      done: "Done",
    } satisfies Record<MemberBackfillPhase, string>,
    progress: (processed: string, total: string, percent: string) =>
      `${processed} of ${total} (${percent})`,
    progressLabel: "Backfill progress",
    rate: (perSecond: string) => `${perSecond} per second`,
    eta: (duration: string) => `about ${duration} left`,
    started: (when: string) => `Started ${when}`,
    finished: (when: string) => `Finished ${when}`,
    loadError: "The backfill status could not be loaded.",
    prompt: {
      title: "Run the member data backfill?",
      description:
        "It imports existing customers and orders in the background. Members already up to date are left as they are.",
      confirm: "Run backfill",
      cancel: "Cancel",
    },
    startedToast: "Backfill started",
  },
}

export type Messages = typeof messages
