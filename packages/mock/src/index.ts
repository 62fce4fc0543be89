export { BUNDLED_SPEC_PATH, RESET_PATH, startMockServer, type MockServer, type MockServerOptions } from "./server.js";
