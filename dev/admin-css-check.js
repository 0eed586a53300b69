#!/usr/bin/env node
// Lists the utility classes src/admin uses that the host dashboard's built
// stylesheet does not define. A host's Tailwind build only reliably holds the
// classes the dashboard and @medusajs/ui use themselves, so a class missing
// there has no effect in the merchant's admin: use a dashboard class with the
// same effect or an inline style.
// Usage: node dev/admin-css-check.js [path/to/dashboard.css]
// Without a path it reads the e2e host's build (see README, Development).
const fs = require("fs")
const { createRequire } = require("module")
const path = require("path")
const ts = require("typescript")

const ROOT = path.resolve(__dirname, "..")
const ADMIN = path.join(ROOT, "src", "admin")
const HOST = path.join(ROOT, "integration-tests", "plugin-app")
const BUILDS = [
  path.join(HOST, "public", "admin", "assets"),
  path.join(HOST, ".medusa", "admin", "assets"),
]
// Markers for variants (group-hover:, peer-checked:): they generate no rule of their own.
const MARKER = /^(group|peer)(\/.+)?$/
const CLASS_FUNCTIONS = new Set(["clx", "clsx", "cn", "cva", "twMerge"])
const CLASS_PROP = /^className$|ClassName$/

const unescapeCss = (name) =>
  name.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex, char) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : char
  )

/** Every class name a stylesheet's selectors mention (declarations and at-rule preludes skipped). */
const cssClassNames = (css) => {
  const names = new Set()
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "")
  const segments = text.split(/([{}])/)
  for (let i = 0; i < segments.length - 1; i++) {
    const prelude = segments[i]
    if (segments[i + 1] !== "{" || prelude.trim().startsWith("@")) continue
    const classes = prelude.match(
      /\.(-?(?:\\[0-9a-fA-F]{1,6}\s?|\\.|[\w-]|[\u0080-\uffff])+)/g
    )
    for (const match of classes ?? []) names.add(unescapeCss(match.slice(1)))
  }
  return names
}

const sourceFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === "__tests__" ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")
      ? [full]
      : []
  })

/**
 * Class names a file puts in className props (any `*ClassName` prop) and in
 * clx(...) calls, following same-file constants (`BAR_COLORS[status]`).
 * Tokens built at run time (`w-${n}`) come back as `dynamic`: they cannot be checked.
 */
const classesInSource = (file, text) => {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX
  )
  const constants = new Map()
  const found = []
  const seen = new Set()
  const lineOf = (node) =>
    source.getLineAndCharacterOfPosition(node.getStart()).line + 1
  const add = (value, node, dynamic = false) => {
    for (const name of value.split(/\s+/).filter(Boolean))
      found.push({ name, line: lineOf(node), dynamic })
  }
  const addTemplate = (node) => {
    const parts = [node.head, ...node.templateSpans.map((span) => span.literal)]
    parts.forEach((part, index) => {
      const tokens = part.text.split(/(\s+)/)
      tokens.forEach((token, at) => {
        if (!token.trim()) return
        const touchesBefore = index > 0 && at === 0
        const touchesAfter =
          index < parts.length - 1 && at === tokens.length - 1
        add(token, node, touchesBefore || touchesAfter)
      })
    })
    node.templateSpans.forEach((span) => walk(span.expression, false))
  }
  // `values`: the expression is a lookup table whose values (not keys) are classes.
  const walk = (node, values) => {
    if (!node || seen.has(`${node.pos}:${node.kind}:${values}`)) return
    seen.add(`${node.pos}:${node.kind}:${values}`)
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      return add(node.text, node)
    if (ts.isTemplateExpression(node)) return addTemplate(node)
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isJsxExpression(node)
    )
      return walk(node.expression, values)
    if (ts.isConditionalExpression(node)) {
      walk(node.whenTrue, values)
      return walk(node.whenFalse, values)
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind
      if (op !== ts.SyntaxKind.AmpersandAmpersandToken) walk(node.left, values)
      return walk(node.right, values)
    }
    if (ts.isArrayLiteralExpression(node))
      return node.elements.forEach((element) => walk(element, values))
    if (ts.isObjectLiteralExpression(node))
      return node.properties.forEach((property) => {
        if (values && ts.isPropertyAssignment(property))
          walk(property.initializer, false)
        else if (
          !values &&
          property.name &&
          !ts.isComputedPropertyName(property.name)
        )
          add(property.name.text, property)
      })
    if (
      ts.isElementAccessExpression(node) ||
      ts.isPropertyAccessExpression(node)
    )
      return walk(node.expression, true)
    if (ts.isIdentifier(node)) return walk(constants.get(node.text), values)
    if (
      ts.isCallExpression(node) &&
      CLASS_FUNCTIONS.has(node.expression.getText())
    )
      return node.arguments.forEach((argument) => walk(argument, false))
  }
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer
    )
      constants.set(node.name.text, node.initializer)
    ts.forEachChild(node, visit)
  }
  const collect = (node) => {
    if (
      ts.isJsxAttribute(node) &&
      CLASS_PROP.test(node.name.getText()) &&
      node.initializer
    )
      walk(node.initializer, false)
    if (
      ts.isCallExpression(node) &&
      CLASS_FUNCTIONS.has(node.expression.getText())
    )
      walk(node, false)
    ts.forEachChild(node, collect)
  }
  visit(source)
  collect(source)
  return found
}

const newestStylesheet = () =>
  BUILDS.filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".css"))
        .map((name) => path.join(dir, name))
    )
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]

// Whether the host's Tailwind build scans the plugin's bundle (and so hides what this checks):
// the bundler resolves the package from its own location, as createRequire does here.
const hostScansPlugin = () => {
  try {
    const bundler = require.resolve("@medusajs/admin-bundler", {
      paths: [HOST],
    })
    createRequire(bundler).resolve("medusa-plugin-membership/admin")
    return true
  } catch {
    return false
  }
}

/** Used classes the stylesheet lacks, and run-time tokens it cannot check, each with where it is used. */
const checkClasses = (cssText, files) => {
  const defined = cssClassNames(cssText)
  const missing = new Map()
  const dynamic = new Map()
  for (const file of files) {
    const relative = path.relative(ROOT, file)
    for (const use of classesInSource(file, fs.readFileSync(file, "utf8"))) {
      if (MARKER.test(use.name) || (!use.dynamic && defined.has(use.name)))
        continue
      const into = use.dynamic ? dynamic : missing
      const where = into.get(use.name) ?? []
      into.set(use.name, [...where, `${relative}:${use.line}`])
    }
  }
  return { missing, dynamic, defined: defined.size }
}

const main = () => {
  const stylesheet = process.argv[2] ?? newestStylesheet()
  if (!stylesheet || !fs.existsSync(stylesheet)) {
    process.stderr.write(
      "No dashboard stylesheet: run one e2e spec (it builds integration-tests/plugin-app), or\n" +
        "  npm run build && (cd integration-tests/plugin-app && ../../node_modules/.bin/medusa build --admin-only)\n"
    )
    process.exit(2)
  }
  if (hostScansPlugin())
    process.stderr.write(
      "warning: @medusajs/admin-bundler resolves medusa-plugin-membership here, so a host build\n" +
        "on this checkout also holds the plugin's classes: rebuild without that link to check\n"
    )
  const { missing, dynamic, defined } = checkClasses(
    fs.readFileSync(stylesheet, "utf8"),
    sourceFiles(ADMIN)
  )
  const listed = (map) =>
    [...map]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, where]) => `  ${name}  ${[...new Set(where)].join(", ")}`)
  const lines = [
    `${path.relative(ROOT, stylesheet)}: ${defined} classes defined`,
    ...(dynamic.size
      ? ["built at run time, not checked:", ...listed(dynamic)]
      : []),
    missing.size
      ? `${missing.size} classes src/admin uses are missing from the dashboard's stylesheet:`
      : "every class src/admin uses is in the dashboard's stylesheet",
    ...listed(missing),
  ]
  process.stdout.write(`${lines.join("\n")}\n`)
  if (missing.size) process.exitCode = 1
}

if (require.main === module) main()

module.exports = { checkClasses, classesInSource, cssClassNames, sourceFiles }
