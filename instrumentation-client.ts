// Runs in the browser before the app hydrates (Next.js client instrumentation hook).
import { z } from "zod";

// zod probes whether it may compile validators with `new Function`. Under the app's
// Content-Security-Policy (no 'unsafe-eval') the browser refuses that probe and reports a
// violation, even though zod catches it; without compiled code zod checks the same rules.
z.config({ jitless: true });
