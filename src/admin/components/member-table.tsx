import {
  Container,
  DataTable,
  Heading,
  useDataTable,
  type DataTableRow,
} from "@medusajs/ui"
import type { MouseEvent } from "react"
import { useHref, useNavigate, useSearchParams } from "react-router-dom"
import { useTranslation } from "react-i18next"
import { useMembers } from "../hooks/members"
import { useMemberTableFilters } from "../hooks/use-member-table-filters"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  DEFAULT_MEMBER_ORDER,
  filteringFromParams,
  MEMBER_PAGE_SIZE,
  memberListParams,
  orderFromSorting,
  paramsFromFiltering,
  sortingFromOrder,
} from "../lib/member-list-query"
import type { AdminMember } from "../lib/types"
import { LoadError } from "./load-error"
import { useMemberTableColumns } from "./member-table-columns"

// @medusajs/ui types the clicked row as the data, but hands over the table row.
const rowMember = (row: AdminMember | DataTableRow<AdminMember>) =>
  "original" in row ? row.original : row

/** Members, with search, filters, sorting and the page kept in the URL. */
export const MemberTable = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const params = memberListParams(searchParams)
  const { data, isPending, isError, error, refetch } = useMembers(params)
  const navigate = useNavigate()
  const customersHref = useHref("/customers")
  const { t } = useTranslation(MEMBERSHIP_NS)
  const columns = useMemberTableColumns()
  const filters = useMemberTableFilters()

  // Anything but paging starts again from the first page.
  const setParams = (changes: Record<string, string | undefined>) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous)
      next.delete("offset")
      Object.entries(changes).forEach(([key, value]) =>
        value ? next.set(key, value) : next.delete(key)
      )
      return next
    })

  const openMember = (event: MouseEvent, row: AdminMember) => {
    const id = encodeURIComponent(rowMember(row).customer_id)
    if (event.metaKey || event.ctrlKey) {
      window.open(`${customersHref}/${id}`, "_blank", "noreferrer")
      return
    }
    navigate(`/customers/${id}`)
  }

  const table = useDataTable({
    data: data?.members ?? [],
    columns,
    filters,
    rowCount: data?.count ?? 0,
    getRowId: (member) => member.customer_id,
    onRowClick: openMember,
    isLoading: isPending,
    autoResetPageIndex: false,
    search: {
      state: params.q ?? "",
      onSearchChange: (q) => setParams({ q: q.trim() }),
    },
    filtering: {
      state: filteringFromParams(params),
      onFilteringChange: (state) => setParams(paramsFromFiltering(state)),
    },
    sorting: {
      state: sortingFromOrder(params.order),
      onSortingChange: (sorting) => {
        const order = orderFromSorting(sorting)
        setParams({ order: order === DEFAULT_MEMBER_ORDER ? undefined : order })
      },
    },
    pagination: {
      state: {
        pageIndex: Math.floor(params.offset / MEMBER_PAGE_SIZE),
        pageSize: MEMBER_PAGE_SIZE,
      },
      onPaginationChange: ({ pageIndex, pageSize }) =>
        setParams({
          offset: pageIndex ? String(pageIndex * pageSize) : undefined,
        }),
    },
  })

  return (
    <Container className="overflow-hidden p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar
          className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center"
          translations={t("memberList.toolbar", { returnObjects: true })}
          alwaysShowFilterBar
        >
          <div className="flex w-full items-center justify-between gap-2">
            <Heading>{t("memberList.title")}</Heading>
            <div className="flex items-center gap-x-2">
              <DataTable.FilterMenu tooltip={t("memberList.toolbar.filter")} />
              <DataTable.SortingMenu tooltip={t("memberList.toolbar.sort")} />
              <DataTable.Search
                placeholder={t("memberList.searchPlaceholder")}
              />
            </div>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <LoadError
            message={error.message || t("memberList.loadError")}
            onRetry={() => refetch()}
          />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: t("memberList.empty", { returnObjects: true }),
                filtered: t("memberList.filtered", { returnObjects: true }),
              }}
            />
            <DataTable.Pagination
              translations={t("memberList.pagination", { returnObjects: true })}
            />
          </>
        )}
      </DataTable>
    </Container>
  )
}
