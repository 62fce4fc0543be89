import { createIdentityCallClient } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

const { data, error, response } = await client.POST("/operators", {
  body: {
    name: "Jane Doe",
    phone_number: "+15551234567",
    email: "jane.doe@example.com",
    active: true,
  },
});
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(data.data);
}
