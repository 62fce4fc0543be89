export { launchChromium } from "@identitycall/test-browser";
