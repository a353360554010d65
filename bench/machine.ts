// The machine figures were measured on, as the report and README print it.
import { cpus, totalmem, platform, arch, loadavg } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run ended: above the core count, other work shared the machine. */
  load_average: number;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    cores: list.length,
    memory_gb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${arch()}`,
    load_average: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB RAM, Node ${machine.node}, ${machine.os} (load average ${machine.load_average} at the end)`;
}
