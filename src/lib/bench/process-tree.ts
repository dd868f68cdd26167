/**
 * The memory of a process and all its descendants, from Linux's /proc: pure parsing of
 * /proc/<pid>/stat (parent pid) and /proc/<pid>/status (VmRSS); the caller reads the files.
 */

/** The parent pid in a /proc/<pid>/stat line (the command name may hold spaces and parens). */
export function parentOf(stat: string): number | null {
  const close = stat.lastIndexOf(')');
  if (close === -1) return null;
  const fields = stat.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** VmRSS of a /proc/<pid>/status text, in bytes (0 for a zombie or a kernel thread). */
export function rssOf(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** `root` and every pid that descends from it, given each pid's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}
