import { Liquid, type FS } from "liquidjs"
import { MedusaError } from "@medusajs/framework/utils"

// Merchants edit these templates: no file access ({% include %} / {% render %}
// find nothing), own properties only, and bounded parse/render work.
const NO_FILES: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async (file) => {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Templates cannot read ${file}`
    )
  },
  readFileSync: (file) => {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Templates cannot read ${file}`
    )
  },
  resolve: (_dir, file) => file,
}

const money = (amount: unknown, currency: unknown, locale: string) => {
  const value = Number(amount)
  if (!Number.isFinite(value)) return ""
  const code = typeof currency === "string" && currency ? currency : "EUR"
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code.toUpperCase(),
    }).format(value)
  } catch {
    return `${value.toFixed(2)} ${code.toUpperCase()}`
  }
}

const createEngine = (escapeHtml: boolean) => {
  const engine = new Liquid({
    fs: NO_FILES,
    strictFilters: true,
    ownPropertyOnly: true,
    cache: false,
    relativeReference: false,
    parseLimit: 100_000,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
    outputEscape: escapeHtml ? "escape" : undefined,
  })
  engine.registerFilter(
    "money",
    function (
      this: { context: { environments: unknown } },
      amount: unknown,
      currency: unknown
    ) {
      const env = this.context.environments as { locale?: string }
      return money(amount, currency, env.locale ?? "en")
    }
  )
  return engine
}

export const htmlEngine = createEngine(true)
export const textEngine = createEngine(false)

type Engine = typeof htmlEngine
type Parsed = ReturnType<Engine["parse"]>

const MEMO_SIZE = 500
const parsed = new Map<string, Parsed>()

/** Parses once per source (templates are few, messages many); bounded, evicts oldest. */
export function parseCached(engine: Engine, source: string): Parsed {
  const key = `${engine === htmlEngine ? "h" : "t"}:${source}`
  let templates = parsed.get(key)
  if (!templates) {
    templates = engine.parse(source)
    if (parsed.size >= MEMO_SIZE)
      parsed.delete(parsed.keys().next().value as string)
    parsed.set(key, templates)
  }
  return templates
}
