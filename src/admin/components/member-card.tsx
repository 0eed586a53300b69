import { Button, Container, Skeleton, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useMember } from "../hooks/members"
import { messages } from "../lib/i18n"
import { MemberCardHeader } from "./member-card-header"
import { MemberDetails } from "./member-details"
import { MemberEditDrawer } from "./member-edit-drawer"
import { MemberStageBadge } from "./member-stage-badge"

const Message = ({ children }: { children: ReactNode }) => (
  <div className="flex flex-col items-start gap-y-3 px-6 py-4">{children}</div>
)

const LoadingRows = () => (
  <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
    {[0, 1, 2, 3].map((row) => (
      <Skeleton key={row} className="h-5 w-full" />
    ))}
  </div>
)

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

  return (
    <Container className="divide-y p-0">
      <MemberCardHeader
        badge={member && <MemberStageBadge stage={member.stage} />}
        onEdit={member ? () => setEditing(true) : undefined}
      />
      {isPending && <LoadingRows />}
      {isError && (
        <Message>
          <Text size="small" className="text-ui-fg-error">
            {error.message || messages.member.loadError}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            {messages.member.retry}
          </Button>
        </Message>
      )}
      {member === null && (
        <Message>
          <Text size="small" className="text-ui-fg-subtle">
            {messages.member.notMember}
          </Text>
        </Message>
      )}
      {member && (
        <>
          <MemberDetails member={member} />
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
