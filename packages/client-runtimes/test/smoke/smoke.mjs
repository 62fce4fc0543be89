// The runtime smoke test: the same three steps on every runtime, using only web-standard APIs so that it also
// runs in a browser page. `client` is the built package's module namespace.

const KEY = "idc_SmokeTest0123456789abcdefghijklm";
// In the browser page the client refuses a key unless told the page is the caller's own (a test here).
const SHARED = { apiKey: KEY, maxRetries: 0, dangerouslyAllowBrowser: true };

/** Lists virtual numbers, provokes one thrown error, uploads one recording; returns what each step saw. */
export async function smoke(client, baseUrl) {
  const api = client.createIdentityCallClient({ ...SHARED, baseUrl });
  const list = await api.GET("/virtual_numbers");
  if (!Array.isArray(list.data?.data) || typeof list.data.data[0]?.phone_number !== "string") {
    throw new Error(`listing virtual numbers gave ${list.response.status} ${JSON.stringify(list.error ?? list.data)}`);
  }

  const throwing = client.createIdentityCallClient({ ...SHARED, baseUrl, throwOnError: true });
  let thrown = "nothing";
  try {
    await throwing.GET("/virtual_numbers", { headers: { Prefer: "code=401" } });
  } catch (error) {
    if (!(error instanceof client.AuthenticationError && error instanceof client.IdentityCallError)) throw error;
    if (String(error).includes(KEY) || JSON.stringify(error).includes(KEY)) throw new Error("the key leaked into the error");
    thrown = `${error.name} ${error.status}`;
  }

  const audio = new Uint8Array(4096).map((_, i) => i % 251);
  const upload = await client.uploadRecording(throwing, {
    file: new Blob([audio], { type: "audio/mpeg" }),
    filename: "smoke.mp3",
    project_id: 1,
    external_id: "smoke-1",
    language: "en",
  });
  return { listed: list.data.data.length, thrown, uploaded: `${upload.response.status} ${upload.data.data.status}` };
}
