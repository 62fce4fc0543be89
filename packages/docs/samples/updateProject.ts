import { createIdentityCallClient } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

const { data, error, response } = await client.PATCH("/projects/{id}", {
  params: { path: { id: 42 } },
  body: {
    description: "Inbound English-language support line.",
    retention_days: 730,
    quality_baseline_enabled: true,
    quality_baseline_pct: 80,
  },
});
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(data.data);
}
