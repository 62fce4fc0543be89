// What the benchmarks send and answer: the documented virtual numbers list from the bundled spec, so the
// body has the size and shape of a real answer.
import { loadSpec } from "@identitycall/openapi/model/node";

export const API_KEY = "idc_0123456789abcdefghijklmnopqrstuv";
export const PATH = "/virtual_numbers";
export const BODY = JSON.stringify(loadSpec().namedExample("VirtualNumberSummaryList"));
