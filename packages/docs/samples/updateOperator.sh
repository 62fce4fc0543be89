curl -X PATCH "https://api.identitycall.ai/api/v1/public/operators/42" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "email": "jane.doe+work@example.com",
    "active": false
  }'
