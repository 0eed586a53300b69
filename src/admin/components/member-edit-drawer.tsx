import { Drawer } from "@medusajs/ui"
import { messages } from "../lib/i18n"
import type { AdminMember } from "../lib/types"
import { MemberEditForm } from "./member-edit-form"

const copy = messages.editDrawer

type MemberEditDrawerProps = {
  member: AdminMember
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const MemberEditDrawer = ({
  member,
  open,
  onOpenChange,
}: MemberEditDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <Drawer.Header>
        <Drawer.Title>{copy.title}</Drawer.Title>
        <Drawer.Description className="sr-only">
          {copy.description}
        </Drawer.Description>
      </Drawer.Header>
      {/* Mounted per opening, so the form always starts from the saved member. */}
      {open && (
        <MemberEditForm member={member} onDone={() => onOpenChange(false)} />
      )}
    </Drawer.Content>
  </Drawer>
)
