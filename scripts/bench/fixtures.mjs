// What the benchmarks send and answer: the documented virtual numbers list from the bundled spec, so the
// body has the size and shape of a real answer.
import { readFileSync } from "node:fs";

const spec = JSON.parse(readFileSync(new URL("../../spec/dist/openapi.json", import.meta.url), "utf8"));

export const API_KEY = "idc_0123456789abcdefghijklmnopqrstuv";
export const PATH = "/virtual_numbers";
export const BODY = JSON.stringify(spec.components.examples.VirtualNumberSummaryList.value);
