import { EllipsisHorizontal } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useCreateTiers, useDefaultCurrency, useTiers } from "../hooks/tiers"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  benefitTexts,
  qualificationText,
  templateLadder,
} from "../lib/tier-form"
import type { AdminTier } from "../lib/tier-types"
import { LoadError } from "./load-error"
import { LoadingRows } from "./loading-rows"
import { TierDeletePrompt } from "./tier-delete-prompt"
import { TierEditDrawer } from "./tier-edit-drawer"
import { TierPricesDrawer } from "./tier-prices-drawer"

type Open =
  | { kind: "edit"; tier: AdminTier | null }
  | { kind: "prices"; tier: AdminTier }
  | { kind: "delete"; tier: AdminTier }
  | null

const TierRow = ({
  tier,
  currency,
  onOpen,
}: {
  tier: AdminTier
  currency: string | null
  onOpen: (open: Open) => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const money = (amount: number) => format.money(amount, currency)
  const benefits = benefitTexts(t, format, money, tier)
  return (
    <Table.Row data-testid={`tier-${tier.handle}`}>
      <Table.Cell>
        <Text size="small" weight="plus">
          {tier.name}
        </Text>
      </Table.Cell>
      <Table.Cell>{format.number(tier.rank)}</Table.Cell>
      <Table.Cell>{qualificationText(t, format, money, tier)}</Table.Cell>
      <Table.Cell>
        <div className="flex flex-wrap gap-1 py-1">
          {benefits.length
            ? benefits.map((benefit) => (
                <Badge key={benefit} size="2xsmall">
                  {benefit}
                </Badge>
              ))
            : t("tiers.benefits.none")}
        </div>
      </Table.Cell>
      <Table.Cell data-testid="member-count">
        {format.number(tier.member_count)}
      </Table.Cell>
      <Table.Cell data-testid="revenue-share">
        {format.percent(tier.revenue_share)}
      </Table.Cell>
      <Table.Cell className="text-right">
        <div className="flex items-center justify-end gap-x-2">
          <Button
            size="small"
            variant="secondary"
            onClick={() => onOpen({ kind: "edit", tier })}
          >
            {t("tiers.edit")}
          </Button>
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton
                size="small"
                variant="transparent"
                aria-label={`${tier.name}: ${t("tiers.prices")}, ${t("tiers.delete")}`}
              >
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content>
              <DropdownMenu.Item
                onClick={() => onOpen({ kind: "prices", tier })}
              >
                {t("tiers.prices")}
              </DropdownMenu.Item>
              <DropdownMenu.Item
                onClick={() => onOpen({ kind: "delete", tier })}
              >
                {t("tiers.delete")}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** The ladder by rank with its standings; create, edit, prices and delete open from here. */
export const TierTable = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { data: tiers, isPending, error, refetch } = useTiers()
  const { data: currency } = useDefaultCurrency()
  const createTiers = useCreateTiers()
  const [open, setOpen] = useState<Open>(null)
  const close = (isOpen: boolean) => !isOpen && setOpen(null)

  const startFromTemplate = () =>
    createTiers.mutate(
      templateLadder({
        member: t("tiers.template.names.member"),
        silver: t("tiers.template.names.silver"),
        gold: t("tiers.template.names.gold"),
        vip: t("tiers.template.names.vip"),
      }),
      {
        onSuccess: () => toast.success(t("tiers.template.created")),
        onError: (e) => toast.error(e.message),
      }
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("tiers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("tiers.description")}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => setOpen({ kind: "edit", tier: null })}
        >
          {t("tiers.create")}
        </Button>
      </div>
      {error ? (
        <LoadError message={t("tiers.loadError")} onRetry={() => refetch()} />
      ) : isPending ? (
        <LoadingRows />
      ) : tiers.length === 0 ? (
        <div className="flex flex-col items-start gap-y-3 px-6 py-6">
          <Text size="small" className="text-ui-fg-subtle">
            {t("tiers.empty")}
          </Text>
          <div className="flex items-center gap-x-3">
            <Button
              size="small"
              onClick={startFromTemplate}
              isLoading={createTiers.isPending}
            >
              {t("tiers.template.action")}
            </Button>
            <Text size="small" className="text-ui-fg-muted">
              {t("tiers.template.hint")}
            </Text>
          </div>
        </div>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("tiers.columns.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("tiers.columns.rank")}</Table.HeaderCell>
              <Table.HeaderCell>
                {t("tiers.columns.qualification")}
              </Table.HeaderCell>
              <Table.HeaderCell>{t("tiers.columns.benefits")}</Table.HeaderCell>
              <Table.HeaderCell>{t("tiers.columns.members")}</Table.HeaderCell>
              <Table.HeaderCell>
                {t("tiers.columns.revenueShare")}
              </Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tiers.map((tier) => (
              <TierRow
                key={tier.id}
                tier={tier}
                currency={currency ?? null}
                onOpen={setOpen}
              />
            ))}
          </Table.Body>
        </Table>
      )}
      {open?.kind === "edit" && tiers && (
        <TierEditDrawer
          tier={open.tier}
          ladder={tiers}
          currency={currency ?? null}
          open
          onOpenChange={close}
        />
      )}
      {open?.kind === "prices" && (
        <TierPricesDrawer tier={open.tier} open onOpenChange={close} />
      )}
      {open?.kind === "delete" && tiers && (
        <TierDeletePrompt
          tier={open.tier}
          ladder={tiers}
          onOpenChange={close}
        />
      )}
    </Container>
  )
}
