import {
  Container,
  DataTable,
  Heading,
  useDataTable,
  type DataTableRow,
} from "@medusajs/ui"
import type { MouseEvent } from "react"
import { useHref, useNavigate, useSearchParams } from "react-router-dom"
import { useMembers } from "../hooks/members"
import { messages } from "../lib/i18n"
import {
  DEFAULT_MEMBER_ORDER,
  filteringFromParams,
  MEMBER_PAGE_SIZE,
  memberListParams,
  orderFromSorting,
  paramsFromFiltering,
  sortingFromOrder,
} from "../lib/member-list-query"
import { memberTableFilters } from "../lib/member-table-filters"
import type { AdminMember } from "../lib/types"
import { LoadError } from "./load-error"
import { memberTableColumns } from "./member-table-columns"

const copy = messages.memberList

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
    columns: memberTableColumns,
    filters: memberTableFilters,
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
          translations={copy.toolbar}
          alwaysShowFilterBar
        >
          <div className="flex w-full items-center justify-between gap-2">
            <Heading>{copy.title}</Heading>
            <div className="flex items-center gap-x-2">
              <DataTable.FilterMenu tooltip={copy.toolbar.filter} />
              <DataTable.SortingMenu tooltip={copy.toolbar.sort} />
              <DataTable.Search placeholder={copy.searchPlaceholder} />
            </div>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <LoadError
            message={error.message || copy.loadError}
            onRetry={() => refetch()}
          />
        ) : (
          <>
            <DataTable.Table
              emptyState={{ empty: copy.empty, filtered: copy.filtered }}
            />
            <DataTable.Pagination translations={copy.pagination} />
          </>
        )}
      </DataTable>
    </Container>
  )
}
