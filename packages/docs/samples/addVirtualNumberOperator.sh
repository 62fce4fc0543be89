curl -X POST "https://api.identitycall.ai/api/v1/public/virtual_numbers/7/add_operator" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "operator_id": 22
  }'
