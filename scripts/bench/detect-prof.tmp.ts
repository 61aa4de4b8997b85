import { benchDetect } from "./detect.ts";
const r = await benchDetect({ iterations: 30000, maxMs: 60000 });
console.log(JSON.stringify(r));
