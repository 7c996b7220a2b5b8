import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
// The extension lets Vite load its config natively (its coming default) without a warning.
import { serviceWorkerShell } from "./build/serviceWorkerShell.ts";

const serverPort = Number(process.env["KUNDRESA_DEV_SERVER_PORT"] ?? 1234);

export default defineConfig({
  plugins: [react(), serviceWorkerShell()],
  build: { outDir: "dist", sourcemap: true, assetsDir: "assets" },
  server: {
    // `vite dev` talks to a running Kundresa server for the API and live sync.
    proxy: {
      "/api": `http://127.0.0.1:${serverPort}`,
      "/sync": { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
});
