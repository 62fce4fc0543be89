import { createIdentityCallClient, uploadRecording } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

// `file` takes a file path (Node, Bun, Deno), a Blob or File, bytes or a stream.
const { data, error, response } = await uploadRecording(client, {
  file: "call-recording.mp3",
  project_id: "42",
  external_id: "crm-call-abc-123",
  language: "en",
});
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(data.data);
}
