import { CITIES, FIRST_NAMES, LAST_NAMES, STREETS } from "./people"
import { daysInMonth } from "./plan-dates"
import { Random } from "./random"
import { DemoSize } from "./sizes"
import { Persona, PlannedCustomer } from "./types"

const STUDENT_SHARE = 0.1

const asciiSlug = (value: string) =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "")

/** Exact persona counts by share; the rounding remainder goes to repeat buyers. */
export const personaCounts = (size: DemoSize) => {
  const counts = size.personas.map(
    ([persona, share]) => [persona, Math.round(share * size.customers)] as const
  )
  const assigned = counts.reduce((sum, [, count]) => sum + count, 0)
  return counts.map(([persona, count]) =>
    persona === "repeat"
      ? ([persona, count + size.customers - assigned] as const)
      : ([persona, count] as const)
  )
}

const pad = (value: number) => String(value).padStart(2, "0")

const birthday = (random: Random, month: number, student: boolean) => {
  const year = student ? random.int(2001, 2006) : random.int(1958, 1999)
  const day = random.int(1, daysInMonth(year, month))
  return `${year}-${pad(month)}-${pad(day)}`
}

export type CustomerDraft = Omit<PlannedCustomer, "registered_at">

export const planCustomers = (
  random: Random,
  size: DemoSize
): CustomerDraft[] => {
  const personas = random.shuffle(
    personaCounts(size).flatMap(([persona, count]) =>
      Array.from({ length: count }, (): Persona => persona)
    )
  )
  const months = random.shuffle(personas.map((_, index) => (index % 12) + 1))
  return personas.map((persona, index) => {
    const first_name = random.pick(FIRST_NAMES)
    const last_name = random.pick(LAST_NAMES)
    const place = random.pick(CITIES)
    const student = persona !== "vip" && random.chance(STUDENT_SHARE)
    const number = String(index + 1).padStart(4, "0")
    return {
      email: `${asciiSlug(first_name)}.${asciiSlug(last_name)}.${number}@example.com`,
      first_name,
      last_name,
      phone: `+${random.int(30, 49)} ${random.int(100, 999)} ${random.int(100000, 999999)}`,
      persona,
      birthday: birthday(random, months[index], student),
      tags: student ? ["students"] : [],
      address: {
        first_name,
        last_name,
        address_1: `${random.pick(STREETS)} ${random.int(1, 180)}`,
        city: place.city,
        postal_code: place.postal_code,
        country_code: place.country_code,
      },
    }
  })
}
