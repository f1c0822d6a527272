// Command-line arguments, read with node:util's parseArgs; a bad flag is a one-line error.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals, strict: true });
  } catch (err) {
    fail(`${(err as Error).message}\nusage: ${usage}`);
  }
}

export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

export function readPort(value: string | undefined): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be an integer from 0 to 65535, got "${value}"`);
  return port;
}
