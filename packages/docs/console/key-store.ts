// Where the API key lives: in memory for the page's life, and in sessionStorage (this tab only) when the reader
// asks for it. Never in localStorage, the URL, or anything sent anywhere but as Authorization to the chosen server.
const SESSION_KEY = "identitycall.console.apiKey";

let inMemory = readSession();

function readSession(): string {
  try {
    return sessionStorage.getItem(SESSION_KEY) ?? "";
  } catch {
    return ""; // storage refused (a sandboxed or file:// page in some browsers): memory only
  }
}

export const keyStore = {
  get: () => inMemory,
  remembered: () => readSession() !== "",
  set(key: string, remember: boolean) {
    inMemory = key;
    try {
      if (remember && key) sessionStorage.setItem(SESSION_KEY, key);
      else sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // memory only
    }
  },
  forget() {
    inMemory = "";
    try {
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // nothing was stored
    }
  },
};
