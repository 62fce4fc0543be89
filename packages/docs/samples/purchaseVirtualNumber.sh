curl -X POST "https://api.identitycall.ai/api/v1/public/virtual_numbers/purchase" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "phone_number": "+15551234567",
    "country_code": "US",
    "number_type": "local",
    "name": "US Sales Line"
  }'
