/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the CMEP API, fixed at build time (vite.config.ts). */
  readonly VITE_API_URL: string;
}
