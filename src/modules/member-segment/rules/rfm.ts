/** Named RFM groups, from the stored recency (r), frequency (f) and monetary (m) scores, first match wins. */
export const RFM_GROUPS = [
  "champions",
  "loyal",
  "cant_lose",
  "at_risk",
  "potential_loyalists",
  "new_customers",
  "hibernating",
  "need_attention",
] as const
export type RfmGroup = (typeof RFM_GROUPS)[number]

type Scores = { r: number; f: number; m: number }

const RULES: [RfmGroup, (s: Scores) => boolean, string][] = [
  [
    "champions",
    (s) => s.r >= 4 && s.f >= 4 && s.m >= 4,
    "r >= 4 AND f >= 4 AND m >= 4",
  ],
  ["loyal", (s) => s.r >= 3 && s.f >= 4, "r >= 3 AND f >= 4"],
  [
    "cant_lose",
    (s) => s.r <= 2 && s.f >= 4 && s.m >= 4,
    "r <= 2 AND f >= 4 AND m >= 4",
  ],
  ["at_risk", (s) => s.r <= 2 && s.f >= 3, "r <= 2 AND f >= 3"],
  ["potential_loyalists", (s) => s.r >= 4 && s.f >= 2, "r >= 4 AND f >= 2"],
  ["new_customers", (s) => s.r >= 4, "r >= 4"],
  ["hibernating", (s) => s.r <= 2, "r <= 2"],
]

/** The group of a scored member (TypeScript twin of rfmGroupSql). */
export const rfmGroup = (scores: Scores): RfmGroup =>
  RULES.find(([, test]) => test(scores))?.[0] ?? "need_attention"

/** The same mapping as a SQL CASE over the columns named r, f, m. */
export const rfmGroupSql = (r: string, f: string, m: string) =>
  `CASE ${RULES.map(
    ([group, , sql]) =>
      `WHEN ${sql.replace(/\br\b/g, r).replace(/\bf\b/g, f).replace(/\bm\b/g, m)} THEN '${group}'`
  ).join(" ")} ELSE 'need_attention' END`
