import type { BuildOptions } from "esbuild";

export declare const WORKER_BUILD_OPTIONS: Readonly<BuildOptions>;
