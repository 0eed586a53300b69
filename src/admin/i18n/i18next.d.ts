import "i18next"
import type { MembershipMessages } from "./index"

// Type-checks the keys of `useTranslation(MEMBERSHIP_NS).t`. The dashboard's
// own namespace stays untyped here: the plugin never reads it.
declare module "i18next" {
  interface CustomTypeOptions {
    resources: { membership: MembershipMessages }
  }
}
