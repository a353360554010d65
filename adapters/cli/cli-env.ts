// The settings that commands about the running bot (doctor, backup) read: the environment, then .env
// in the current folder for keys the environment leaves unset, as `npm start` does. process.env is left as it is.
import { config } from 'dotenv';

export function readCliEnv(file = '.env'): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  config({ path: file, processEnv: env as Record<string, string>, quiet: true });
  return env;
}
