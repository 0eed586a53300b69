import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useMember } from "../hooks/members"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import { LoadError } from "./load-error"
import { LoadingRows } from "./loading-rows"
import { MemberCardHeader } from "./member-card-header"
import { MemberDetails } from "./member-details"
import { MemberEditDrawer } from "./member-edit-drawer"
import { MemberStageBadge } from "./member-stage-badge"
import { MemberPointsSection } from "./member-points-section"
import { MemberTierSection } from "./member-tier-section"

/** The membership card: loading, failed, not a member yet, or the member. */
export const MemberCard = ({ customerId }: { customerId: string }) => {
  const {
    data: member,
    isPending,
    isError,
    error,
    refetch,
  } = useMember(customerId)
  const [editing, setEditing] = useState(false)
  const { t } = useTranslation(MEMBERSHIP_NS)

  return (
    <Container className="divide-y p-0">
      <MemberCardHeader
        badge={member && <MemberStageBadge stage={member.stage} />}
        onEdit={member ? () => setEditing(true) : undefined}
      />
      {isPending && <LoadingRows />}
      {isError && (
        <LoadError
          message={error.message || t("member.loadError")}
          onRetry={() => refetch()}
        />
      )}
      {member === null && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("member.notMember")}
        </Text>
      )}
      {member && (
        <>
          <MemberDetails member={member} />
          <MemberPointsSection customerId={customerId} />
          <MemberTierSection customerId={customerId} />
          <MemberEditDrawer
            member={member}
            open={editing}
            onOpenChange={setEditing}
          />
        </>
      )}
    </Container>
  )
}
