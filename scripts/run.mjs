/** Runs a command with inherited output; exits this process when the command fails. */
import { spawnSync } from 'node:child_process';

export function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✗ ${label} fejlede (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

export const node = (label, script, args = [], options = {}) => run(label, process.execPath, [script, ...args], options);
