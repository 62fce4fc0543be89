export { runPipeline, type PipelineResult, type PipelineRunOptions } from "./pipeline/run-suite.js";
export { startValidatingProxy, type ValidatingProxy, type ValidatingProxyOptions } from "./proxy/validating-proxy.js";
