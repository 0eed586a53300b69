import { spawn } from "child_process"
import fs from "fs"
import path from "path"
import { LOG_DIR } from "./paths"

type RunOptions = { cwd: string; env: NodeJS.ProcessEnv; log: string }

/** Runs a command to completion, its output in .e2e/logs/<log>.log; rejects with the log's tail. */
export const run = (command: string, args: string[], options: RunOptions) =>
  new Promise<string>((resolve, reject) => {
    fs.mkdirSync(LOG_DIR, { recursive: true })
    const logFile = path.join(LOG_DIR, `${options.log}.log`)
    const out = fs.openSync(logFile, "w")
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", out, out],
    })
    child.on("error", reject)
    child.on("exit", (code) => {
      fs.closeSync(out)
      const output = fs.readFileSync(logFile, "utf8")
      if (code === 0) {
        resolve(output)
        return
      }
      const tail = output.split("\n").slice(-30).join("\n")
      reject(
        new Error(
          `${path.basename(command)} ${args.join(" ")} exited with ${code} (log: ${logFile})\n${tail}`
        )
      )
    })
  })

/** Seconds since `started`, for the setup's timing line. */
export const secondsSince = (started: number) =>
  ((Date.now() - started) / 1000).toFixed(1)
