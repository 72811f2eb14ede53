// Preloaded into the CLI by the benchmark (node -r): writes the process's peak resident set
// size, in kilobytes, to MICROCRED_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.MICROCRED_RSS_FILE) writeFileSync(process.env.MICROCRED_RSS_FILE, String(process.resourceUsage().maxRSS));
});
