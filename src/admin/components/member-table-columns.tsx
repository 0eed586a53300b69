import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { AdminMember } from "../lib/types"
import { MemberStageBadge } from "./member-stage-badge"
import {
  MemberNameCell,
  RelativeDateCell,
  TagsCell,
} from "./member-table-cells"

const columnHelper = createDataTableColumnHelper<AdminMember>()

/** The table's columns in the dashboard's language; sortable ids are the list query's sort fields. */
export const useMemberTableColumns = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  return useMemo(() => {
    const numberSort = {
      enableSorting: true,
      sortAscLabel: t("memberList.sort.lowToHigh"),
      sortDescLabel: t("memberList.sort.highToLow"),
    }
    const dateSort = {
      enableSorting: true,
      sortAscLabel: t("memberList.sort.oldestFirst"),
      sortDescLabel: t("memberList.sort.newestFirst"),
    }
    const money = (member: AdminMember, amount: number) =>
      format.money(amount, member.metrics.currency_code)

    return [
      columnHelper.display({
        id: "member",
        header: t("memberList.columns.member"),
        cell: ({ row }) => <MemberNameCell member={row.original} />,
      }),
      columnHelper.accessor("stage", {
        header: t("memberList.columns.stage"),
        cell: ({ getValue }) => <MemberStageBadge stage={getValue()} />,
      }),
      columnHelper.accessor("metrics.order_count", {
        id: "order_count",
        header: t("memberList.columns.orders"),
        align: "right",
        cell: ({ getValue }) => format.number(getValue()),
        ...numberSort,
      }),
      columnHelper.accessor("metrics.total_spent", {
        id: "total_spent",
        header: t("memberList.columns.totalSpent"),
        align: "right",
        cell: ({ row, getValue }) => money(row.original, getValue()),
        ...numberSort,
      }),
      columnHelper.accessor("metrics.aov", {
        id: "aov",
        header: t("memberList.columns.aov"),
        align: "right",
        cell: ({ row, getValue }) => money(row.original, getValue()),
      }),
      columnHelper.accessor("metrics.last_order_at", {
        id: "last_order_at",
        header: t("memberList.columns.lastOrder"),
        cell: ({ getValue }) => <RelativeDateCell iso={getValue()} />,
        ...dateSort,
      }),
      columnHelper.accessor("joined_at", {
        id: "signup_at",
        header: t("memberList.columns.joined"),
        cell: ({ getValue }) => <RelativeDateCell iso={getValue()} />,
        ...dateSort,
      }),
      columnHelper.accessor("tags", {
        header: t("memberList.columns.tags"),
        cell: ({ getValue }) => <TagsCell tags={getValue()} />,
      }),
    ]
  }, [t, format])
}
