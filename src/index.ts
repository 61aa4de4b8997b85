/** Worker entry: the app and the Durable Object classes. Wiring only. */
import { buildApp } from "./app.ts";

export { KeyGuard } from "./state/key-guard.ts";
export { LinkRegistry } from "./state/link-registry.ts";
export { ListIndex } from "./state/list-index.ts";
export { BatchGroup } from "./state/batch-group.ts";

export default buildApp();
