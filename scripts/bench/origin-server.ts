/**
 * The mock origin in its own process for the bench, so the load generator and the origin do not
 * share one event loop. Prints `listening <url>` once ready; exits when stdin closes or on SIGTERM.
 */
import { handleMockRequest } from "../../src/mock/origin.ts";
import { serveFetch } from "../lib/serve.ts";

const served = await serveFetch(handleMockRequest, { port: 0, host: "127.0.0.1" });
console.log(`listening ${served.url}`);
const stop = () => void served.close().then(() => process.exit(0));
process.stdin.on("end", stop).resume();
process.on("SIGTERM", stop);
