import { createDataTableColumnHelper } from "@medusajs/ui"
import { formatMoney, formatNumber } from "../lib/format"
import { messages } from "../lib/i18n"
import type { AdminMember } from "../lib/types"
import { MemberStageBadge } from "./member-stage-badge"
import {
  MemberNameCell,
  RelativeDateCell,
  TagsCell,
} from "./member-table-cells"

const columnHelper = createDataTableColumnHelper<AdminMember>()
const { columns, sort } = messages.memberList

const numberSort = {
  enableSorting: true,
  sortAscLabel: sort.lowToHigh,
  sortDescLabel: sort.highToLow,
}
const dateSort = {
  enableSorting: true,
  sortAscLabel: sort.oldestFirst,
  sortDescLabel: sort.newestFirst,
}

const money = (member: AdminMember, amount: number) =>
  formatMoney(amount, member.metrics.currency_code)

// Sortable column ids are the list query's sort fields.
export const memberTableColumns = [
  columnHelper.display({
    id: "member",
    header: columns.member,
    cell: ({ row }) => <MemberNameCell member={row.original} />,
  }),
  columnHelper.accessor("stage", {
    header: columns.stage,
    cell: ({ getValue }) => <MemberStageBadge stage={getValue()} />,
  }),
  columnHelper.accessor("metrics.order_count", {
    id: "order_count",
    header: columns.orders,
    align: "right",
    cell: ({ getValue }) => formatNumber(getValue()),
    ...numberSort,
  }),
  columnHelper.accessor("metrics.total_spent", {
    id: "total_spent",
    header: columns.totalSpent,
    align: "right",
    cell: ({ row, getValue }) => money(row.original, getValue()),
    ...numberSort,
  }),
  columnHelper.accessor("metrics.aov", {
    id: "aov",
    header: columns.aov,
    align: "right",
    cell: ({ row, getValue }) => money(row.original, getValue()),
  }),
  columnHelper.accessor("metrics.last_order_at", {
    id: "last_order_at",
    header: columns.lastOrder,
    cell: ({ getValue }) => <RelativeDateCell iso={getValue()} />,
    ...dateSort,
  }),
  columnHelper.accessor("joined_at", {
    id: "signup_at",
    header: columns.joined,
    cell: ({ getValue }) => <RelativeDateCell iso={getValue()} />,
    ...dateSort,
  }),
  columnHelper.accessor("tags", {
    header: columns.tags,
    cell: ({ getValue }) => <TagsCell tags={getValue()} />,
  }),
]
