// Real audio for uploads to a live API: a WAV file the API can store, decode and process like a call.

const SAMPLE_RATE = 16_000;

/**
 * `seconds` of a 440 Hz tone as a WAV file: 16 kHz, mono, 16-bit PCM (the quality the API asks for), with a
 * complete RIFF header, so the bytes that arrive can be checked to be the bytes that were sent.
 */
export function sampleWav(seconds = 2): Uint8Array<ArrayBuffer> {
  const samples = Math.round(seconds * SAMPLE_RATE);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + samples * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per sample frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i += 1) {
    view.setInt16(44 + i * 2, Math.round(Math.sin((2 * Math.PI * 440 * i) / SAMPLE_RATE) * 8_000), true);
  }
  return bytes;
}
