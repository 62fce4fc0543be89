// A FormData (what MSW hands over) in the shape the upload checks read, so both servings check a form alike.
import type { ReceivedForm } from "../upload/multipart-stream.js";

/** The first part of each name, as the server's multipart reader keeps it; files by name, type and size. */
export function receivedForm(form: FormData): ReceivedForm {
  const received: ReceivedForm = new Map();
  for (const [name, value] of form.entries()) {
    if (received.has(name)) continue;
    received.set(name, typeof value === "string" ? value : { filename: (value as File).name ?? "", type: value.type, size: value.size });
  }
  return received;
}
