import { createIdentityCallClient } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

const { data, error, response } = await client.POST("/virtual_numbers/purchase", {
  body: {
    phone_number: "+15551234567",
    country_code: "US",
    number_type: "local",
    name: "US Sales Line",
  },
});
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(data.data);
}
