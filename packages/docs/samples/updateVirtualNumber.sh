curl -X PATCH "https://api.identitycall.ai/api/v1/public/virtual_numbers/7" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "US Sales Line - Primary",
    "active": true,
    "recording": true,
    "routing_strategy": "round_robin"
  }'
