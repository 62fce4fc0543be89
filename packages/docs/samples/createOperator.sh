curl -X POST "https://api.identitycall.ai/api/v1/public/operators" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "Jane Doe",
    "phone_number": "+15551234567",
    "email": "jane.doe@example.com",
    "active": true
  }'
