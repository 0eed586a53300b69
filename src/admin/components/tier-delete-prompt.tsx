import { Label, Prompt, Select, Text, toast } from "@medusajs/ui"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { useDeleteTier } from "../hooks/tiers"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { AdminTier } from "../lib/tier-types"

type Props = {
  tier: AdminTier
  ladder: AdminTier[]
  onOpenChange: (open: boolean) => void
}

/** Confirms a delete; a tier with members asks which tier they move to. */
export const TierDeletePrompt = ({ tier, ladder, onOpenChange }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const remove = useDeleteTier(tier.id)
  const targets = ladder.filter((other) => other.id !== tier.id)
  const needsTarget = tier.member_count > 0
  const [target, setTarget] = useState<string>(
    // the next tier down is the natural home of its members
    [...targets].reverse().find((other) => other.rank < tier.rank)?.id ??
      targets[0]?.id ??
      ""
  )
  const selectId = useId()

  const confirm = () =>
    remove.mutate(
      { target_tier_id: needsTarget ? target : undefined },
      {
        onSuccess: () => {
          toast.success(t("tiers.deletePrompt.deleted"))
          onOpenChange(false)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Prompt open onOpenChange={onOpenChange}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>
            {t("tiers.deletePrompt.title", { name: tier.name })}
          </Prompt.Title>
          <Prompt.Description>
            {t("tiers.deletePrompt.description")}
          </Prompt.Description>
        </Prompt.Header>
        {needsTarget && (
          <div className="flex flex-col gap-y-2 px-6 pb-4">
            <Text size="small">
              {t("tiers.deletePrompt.withMembers", {
                count: tier.member_count,
              })}
            </Text>
            <Label size="small" weight="plus" htmlFor={selectId}>
              {t("tiers.deletePrompt.target")}
            </Label>
            <Select value={target} onValueChange={setTarget}>
              <Select.Trigger id={selectId}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {targets.map((other) => (
                  <Select.Item key={other.id} value={other.id}>
                    {other.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        )}
        <Prompt.Footer>
          <Prompt.Cancel>{t("common.actions.cancel")}</Prompt.Cancel>
          <Prompt.Action
            onClick={(e) => {
              e.preventDefault()
              confirm()
            }}
            disabled={remove.isPending || (needsTarget && !target)}
          >
            {t("tiers.deletePrompt.confirm")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
