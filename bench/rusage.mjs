// Preloaded into each process the benchmark times (node --import): at exit it writes the
// process's peak resident set size as the operating system counted it (getrusage ru_maxrss, in KiB)
// to the file named by BENCH_RUSAGE_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RUSAGE_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
  });
}
